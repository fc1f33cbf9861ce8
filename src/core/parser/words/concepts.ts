// The habit concepts, which no language owns: what each is (a vice is something people try to do
// less of: logging it is a slip), the concepts it stands in for when the person has no habit of its
// own kind, its emoji, and the words every language uses for it (brands, loanwords: "pizza", "yoga").
// Each language's own words are in words/<language>/concepts.ts.
import type { ConceptWords } from './types.js';

const w = (words: string): string[] => words.split(/\s+/).filter((word) => word.length > 0);

export interface ConceptSpec {
  id: string;
  emoji?: string[];
  /** Concepts this one stands in for when the person has no habit of its own kind. */
  related?: string[];
  /** Something people try to do less of: logging it is a slip. */
  vice?: boolean;
}

export const CONCEPTS: ConceptSpec[] = [
  { id: 'run', emoji: w('🏃 👟') },
  { id: 'walk', emoji: w('🚶 🥾'), related: ['run'] },
  { id: 'pushups' },
  { id: 'situps', related: ['workout'] },
  { id: 'squats', related: ['workout'] },
  { id: 'pullups', related: ['workout'] },
  { id: 'plank', related: ['workout'] },
  { id: 'workout', emoji: w('🏋 💪') },
  { id: 'yoga', emoji: w('🧘'), related: ['stretch'] },
  { id: 'stretch', emoji: w('🤸'), related: ['yoga'] },
  { id: 'swim', emoji: w('🏊') },
  { id: 'row', emoji: w('🚣'), related: ['workout'] },
  { id: 'bike', emoji: w('🚴 🚲') },
  { id: 'read', emoji: w('📚 📖 📕 📗 📘') },
  { id: 'study', emoji: w('🎓 🧑‍🎓') },
  { id: 'meditate', emoji: w('🧘 🪷 🕉') },
  { id: 'water', emoji: w('💧 🚰 💦') },
  { id: 'journal', emoji: w('📓 📔'), related: ['write'] },
  { id: 'write', emoji: w('✍ 📝'), related: ['journal'] },
  { id: 'floss', emoji: w('🦷') },
  { id: 'teeth', related: ['floss'] },
  { id: 'smoking', vice: true, emoji: w('🚬'), related: ['vape'] },
  { id: 'vape', vice: true, related: ['smoking'] },
  { id: 'sugar', vice: true, emoji: w('🍫 🍰 🍩 🍪 🍬 🍭 🎂 🍦 🧁 🍨') },
  { id: 'alcohol', vice: true, emoji: w('🍺 🍻 🍷 🍸 🥃 🍹') },
  { id: 'junkfood', vice: true, emoji: w('🍔 🍟 🍕'), related: ['takeout'] },
  { id: 'takeout', vice: true, emoji: w('🛵 🥡'), related: ['junkfood'] },
  { id: 'socialmedia', vice: true, emoji: w('📱'), related: ['screen'] },
  // Time on a phone or a screen, which people count in hours: "3h on my phone", "5h de tela".
  { id: 'screen', vice: true, emoji: w('📱'), related: ['socialmedia'] },
  { id: 'nailbiting', vice: true },
  { id: 'energydrink', vice: true, emoji: w('⚡'), related: ['coffee', 'sugar'] },
  { id: 'shopping', vice: true, emoji: w('🛍 🛒') },
  { id: 'snooze', vice: true, emoji: w('⏰') },
  { id: 'coffee', vice: true, emoji: w('☕') },
  { id: 'sleep', emoji: w('😴 🛌') },
  // "waking up" is its own verb, not a typo of "walking".
  { id: 'wake', emoji: w('⏰') },
  { id: 'sun', emoji: w('☀ 🌞 🌅') },
  { id: 'coldshower', emoji: w('🚿') },
  { id: 'vitamins', emoji: w('💊') },
  { id: 'language', emoji: w('🗣') },
  { id: 'music', emoji: w('🎹 🎸 🎻 🥁 🎵') },
  { id: 'code', emoji: w('💻') },
  { id: 'pray' },
  { id: 'gratitude' },
  { id: 'clean' },
  { id: 'sport', emoji: w('⚽ 🎾 🏀 🏐 🥊 🏄'), related: ['workout'] },
  { id: 'cook', emoji: w('🍳') },
];

/** Words of a concept in every language (brands, loanwords). */
export const SHARED_CONCEPT_WORDS: ConceptWords = {
  run: { noun: w('cooper') },
  workout: { noun: w('crossfit') },
  yoga: { noun: w('yoga') },
  meditate: { noun: w('mindfulness breathwork') },
  water: { noun: w('h2o') },
  bike: { base: w('bike'), noun: w('bike') },
  vape: { base: w('vape'), noun: w('vape vapes pod pods juul') },
  sugar: { noun: w('chocolate chocolates coke coca cocacola pepsi sprite fanta') },
  alcohol: { noun: w('vodka whisky whiskey gin tequila rum champagne drinks') },
  junkfood: { noun: w('burger mcdonalds pizza') },
  takeout: { noun: w('delivery ifood ubereats rappi aiqfome') },
  socialmedia: { noun: w('instagram insta tiktok twitter facebook reels') },
  screen: { noun: w('youtube netflix') },
  energydrink: { noun: w('monster monsters redbull redbulls celsius rockstar preworkout') },
  shopping: { noun: w('amazon temu shein shopee aliexpress ebay etsy') },
  language: { noun: w('duolingo') },
  music: { noun: w('piano') },
  code: { noun: w('leetcode') },
  sport: { noun: w('padel beachtennis golf jiujitsu judo karate surf') },
};
