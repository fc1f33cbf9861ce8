// Accountability partners (issue 11 item 6): two active members of one group who keep an eye
// on each other. A request waits for the other's answer (Accept / Decline buttons carry its
// token); either partner ends it. The repository checks who may do what in each statement.
export type PartnershipStatus = 'requested' | 'active' | 'declined' | 'ended';

export interface Partnership {
  id: string;
  groupId: string;
  requesterId: string;
  partnerId: string;
  status: PartnershipStatus;
  token: string;
  createdAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
}

/** One of a person's partnerships, seen from their side: the group and the other person. */
export interface PartnerOfUser {
  partnership: Partnership;
  groupName: string;
  other: { id: string; displayName: string };
}

/** An active partnership, as the partner-notes pass reads it. */
export interface ActivePartnership {
  id: string;
  groupId: string;
  userIds: [string, string];
  /** When it became active (answered): misses before it are not told. */
  since: Date;
}

export interface PartnershipRepository {
  /**
   * A new request; 'duplicate' when these two already have a requested or active partnership in
   * this group (whoever asked), 'not_members' unless both are active members of it.
   */
  request(input: { groupId: string; requesterId: string; partnerId: string; token: string; at: Date }): Promise<Partnership | 'duplicate' | 'not_members'>;
  /** Answers a request: only its partner, only while it is requested, only with its token. */
  answer(token: string, partnerId: string, status: 'active' | 'declined', at: Date): Promise<Partnership | null>;
  /** Ends a requested or active partnership the person is in (by id); null otherwise. */
  end(partnershipId: string, userId: string, at: Date): Promise<Partnership | null>;
  /** The person's requested and active partnerships, oldest first. */
  openOf(userId: string): Promise<PartnerOfUser[]>;
  /** Every active partnership whose two people are still active members of its group. */
  active(): Promise<ActivePartnership[]>;
  /** Which of these partner-note delivery keys are recorded already (sent, failed, or being sent). */
  recordedNoteKeys(keys: string[]): Promise<Set<string>>;
  /** Every partnership of the person, any status, oldest first (for /export). */
  allOf(userId: string): Promise<PartnerOfUser[]>;
}
