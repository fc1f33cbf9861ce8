// Places people name when asked for their time zone, in English and Portuguese
// (written without accents, lower case). One zone, or several when the name is shared.

type Places = Record<string, string | string[]>;

const BRAZIL: Places = {
  'sao paulo': 'America/Sao_Paulo', sampa: 'America/Sao_Paulo', 'rio de janeiro': 'America/Sao_Paulo', rio: 'America/Sao_Paulo',
  'belo horizonte': 'America/Sao_Paulo', brasilia: 'America/Sao_Paulo', curitiba: 'America/Sao_Paulo',
  'porto alegre': 'America/Sao_Paulo', florianopolis: 'America/Sao_Paulo', floripa: 'America/Sao_Paulo',
  campinas: 'America/Sao_Paulo', santos: 'America/Sao_Paulo', vitoria: 'America/Sao_Paulo', goiania: 'America/Sao_Paulo',
  niteroi: 'America/Sao_Paulo', londrina: 'America/Sao_Paulo', joinville: 'America/Sao_Paulo', uberlandia: 'America/Sao_Paulo',
  salvador: 'America/Bahia', recife: 'America/Recife', 'joao pessoa': 'America/Fortaleza', natal: 'America/Fortaleza',
  fortaleza: 'America/Fortaleza', 'sao luis': 'America/Fortaleza', teresina: 'America/Fortaleza', maceio: 'America/Maceio',
  aracaju: 'America/Maceio', belem: 'America/Belem', macapa: 'America/Belem', palmas: 'America/Araguaina',
  manaus: 'America/Manaus', 'porto velho': 'America/Porto_Velho', 'boa vista': 'America/Boa_Vista',
  'rio branco': 'America/Rio_Branco', cuiaba: 'America/Cuiaba', 'campo grande': 'America/Campo_Grande',
  'fernando de noronha': 'America/Noronha', noronha: 'America/Noronha',
};

const LUSOPHONE: Places = {
  lisboa: 'Europe/Lisbon', lisbon: 'Europe/Lisbon', porto: 'Europe/Lisbon', oporto: 'Europe/Lisbon', coimbra: 'Europe/Lisbon',
  braga: 'Europe/Lisbon', faro: 'Europe/Lisbon', funchal: 'Atlantic/Madeira', madeira: 'Atlantic/Madeira',
  acores: 'Atlantic/Azores', azores: 'Atlantic/Azores', 'ponta delgada': 'Atlantic/Azores', luanda: 'Africa/Luanda',
  maputo: 'Africa/Maputo', praia: 'Atlantic/Cape_Verde', 'cabo verde': 'Atlantic/Cape_Verde', 'cape verde': 'Atlantic/Cape_Verde',
};

const AMERICAS: Places = {
  'new york': 'America/New_York', 'nova york': 'America/New_York', 'nova iorque': 'America/New_York', nyc: 'America/New_York',
  boston: 'America/New_York', washington: 'America/New_York', 'washington dc': 'America/New_York', philadelphia: 'America/New_York',
  miami: 'America/New_York', atlanta: 'America/New_York', orlando: 'America/New_York', charlotte: 'America/New_York',
  pittsburgh: 'America/New_York', detroit: 'America/Detroit', chicago: 'America/Chicago', houston: 'America/Chicago',
  dallas: 'America/Chicago', austin: 'America/Chicago', 'san antonio': 'America/Chicago', 'new orleans': 'America/Chicago',
  minneapolis: 'America/Chicago', nashville: 'America/Chicago', 'kansas city': 'America/Chicago', denver: 'America/Denver',
  'salt lake city': 'America/Denver', phoenix: 'America/Phoenix', 'las vegas': 'America/Los_Angeles',
  'los angeles': 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles', 'san diego': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles', 'silicon valley': 'America/Los_Angeles', anchorage: 'America/Anchorage',
  honolulu: 'Pacific/Honolulu', hawaii: 'Pacific/Honolulu', havai: 'Pacific/Honolulu', portland: ['America/Los_Angeles', 'America/New_York'],
  'san jose': ['America/Costa_Rica', 'America/Los_Angeles'], birmingham: ['Europe/London', 'America/Chicago'],
  toronto: 'America/Toronto', ottawa: 'America/Toronto', montreal: 'America/Toronto', quebec: 'America/Toronto',
  vancouver: 'America/Vancouver', calgary: 'America/Edmonton', edmonton: 'America/Edmonton', winnipeg: 'America/Winnipeg',
  halifax: 'America/Halifax', "st johns": 'America/St_Johns', 'mexico city': 'America/Mexico_City',
  'cidade do mexico': 'America/Mexico_City', cdmx: 'America/Mexico_City', guadalajara: 'America/Mexico_City',
  monterrey: 'America/Monterrey', cancun: 'America/Cancun', tijuana: 'America/Tijuana', 'buenos aires': 'America/Argentina/Buenos_Aires',
  cordoba: ['America/Argentina/Cordoba', 'Europe/Madrid'], mendoza: 'America/Argentina/Mendoza', santiago: 'America/Santiago',
  lima: 'America/Lima', bogota: 'America/Bogota', medellin: 'America/Bogota', cali: 'America/Bogota', caracas: 'America/Caracas',
  quito: 'America/Guayaquil', guayaquil: 'America/Guayaquil', montevideo: 'America/Montevideo', assuncao: 'America/Asuncion',
  asuncion: 'America/Asuncion', 'la paz': 'America/La_Paz', havana: 'America/Havana',
  'san juan': 'America/Puerto_Rico', 'puerto rico': 'America/Puerto_Rico', 'porto rico': 'America/Puerto_Rico',
  panama: 'America/Panama', 'costa rica': 'America/Costa_Rica', 'santo domingo': 'America/Santo_Domingo',
  'guatemala city': 'America/Guatemala',
};

const EUROPE: Places = {
  london: 'Europe/London', londres: 'Europe/London', manchester: 'Europe/London', liverpool: 'Europe/London',
  edinburgh: 'Europe/London', edimburgo: 'Europe/London', glasgow: 'Europe/London', dublin: 'Europe/Dublin',
  paris: 'Europe/Paris', lyon: 'Europe/Paris', marseille: 'Europe/Paris', marselha: 'Europe/Paris', berlin: 'Europe/Berlin',
  berlim: 'Europe/Berlin', munich: 'Europe/Berlin', munique: 'Europe/Berlin', frankfurt: 'Europe/Berlin', hamburg: 'Europe/Berlin',
  hamburgo: 'Europe/Berlin', cologne: 'Europe/Berlin', colonia: 'Europe/Berlin', madrid: 'Europe/Madrid', barcelona: 'Europe/Madrid',
  valencia: ['Europe/Madrid', 'America/Caracas'], sevilla: 'Europe/Madrid', seville: 'Europe/Madrid', sevilha: 'Europe/Madrid',
  malaga: 'Europe/Madrid', bilbao: 'Europe/Madrid', rome: 'Europe/Rome', roma: 'Europe/Rome', milan: 'Europe/Rome',
  milao: 'Europe/Rome', naples: 'Europe/Rome', napoles: 'Europe/Rome', florence: 'Europe/Rome', florenca: 'Europe/Rome',
  venice: 'Europe/Rome', veneza: 'Europe/Rome', amsterdam: 'Europe/Amsterdam', amsterda: 'Europe/Amsterdam',
  amesterdao: 'Europe/Amsterdam', rotterdam: 'Europe/Amsterdam', brussels: 'Europe/Brussels', bruxelas: 'Europe/Brussels',
  zurich: 'Europe/Zurich', zurique: 'Europe/Zurich', geneva: 'Europe/Zurich', genebra: 'Europe/Zurich', vienna: 'Europe/Vienna',
  viena: 'Europe/Vienna', prague: 'Europe/Prague', praga: 'Europe/Prague', warsaw: 'Europe/Warsaw', varsovia: 'Europe/Warsaw',
  krakow: 'Europe/Warsaw', cracovia: 'Europe/Warsaw', budapest: 'Europe/Budapest', budapeste: 'Europe/Budapest',
  stockholm: 'Europe/Stockholm', estocolmo: 'Europe/Stockholm', oslo: 'Europe/Oslo', copenhagen: 'Europe/Copenhagen',
  copenhague: 'Europe/Copenhagen', helsinki: 'Europe/Helsinki', athens: 'Europe/Athens', atenas: 'Europe/Athens',
  istanbul: 'Europe/Istanbul', istambul: 'Europe/Istanbul', moscow: 'Europe/Moscow', moscou: 'Europe/Moscow',
  'saint petersburg': 'Europe/Moscow', 'sao petersburgo': 'Europe/Moscow', kyiv: 'Europe/Kyiv', kiev: 'Europe/Kyiv',
  bucharest: 'Europe/Bucharest', bucareste: 'Europe/Bucharest', sofia: 'Europe/Sofia', belgrade: 'Europe/Belgrade',
  belgrado: 'Europe/Belgrade', zagreb: 'Europe/Zagreb', reykjavik: 'Atlantic/Reykjavik', luxembourg: 'Europe/Luxembourg',
  luxemburgo: 'Europe/Luxembourg', monaco: 'Europe/Monaco',
};

const AFRICA_ASIA_OCEANIA: Places = {
  dubai: 'Asia/Dubai', 'abu dhabi': 'Asia/Dubai', doha: 'Asia/Qatar', riyadh: 'Asia/Riyadh', riade: 'Asia/Riyadh',
  'tel aviv': 'Asia/Jerusalem', jerusalem: 'Asia/Jerusalem', jerusalen: 'Asia/Jerusalem', tehran: 'Asia/Tehran',
  teera: 'Asia/Tehran', beirut: 'Asia/Beirut', beirute: 'Asia/Beirut', amman: 'Asia/Amman', cairo: 'Africa/Cairo',
  'o cairo': 'Africa/Cairo', johannesburg: 'Africa/Johannesburg', joanesburgo: 'Africa/Johannesburg',
  'cape town': 'Africa/Johannesburg', 'cidade do cabo': 'Africa/Johannesburg', nairobi: 'Africa/Nairobi', lagos: 'Africa/Lagos',
  casablanca: 'Africa/Casablanca', marrakech: 'Africa/Casablanca', marraquexe: 'Africa/Casablanca', accra: 'Africa/Accra',
  'addis ababa': 'Africa/Addis_Ababa', algiers: 'Africa/Algiers', tunis: 'Africa/Tunis', tokyo: 'Asia/Tokyo',
  toquio: 'Asia/Tokyo', osaka: 'Asia/Tokyo', kyoto: 'Asia/Tokyo', quioto: 'Asia/Tokyo', seoul: 'Asia/Seoul', seul: 'Asia/Seoul',
  beijing: 'Asia/Shanghai', pequim: 'Asia/Shanghai', shanghai: 'Asia/Shanghai', xangai: 'Asia/Shanghai', shenzhen: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong', taipei: 'Asia/Taipei', singapore: 'Asia/Singapore', singapura: 'Asia/Singapore',
  bangkok: 'Asia/Bangkok', banguecoque: 'Asia/Bangkok', jakarta: 'Asia/Jakarta', jacarta: 'Asia/Jakarta', bali: 'Asia/Makassar',
  manila: 'Asia/Manila', 'kuala lumpur': 'Asia/Kuala_Lumpur', hanoi: 'Asia/Bangkok', 'ho chi minh': 'Asia/Ho_Chi_Minh',
  'ho chi minh city': 'Asia/Ho_Chi_Minh', saigon: 'Asia/Ho_Chi_Minh', mumbai: 'Asia/Kolkata', bombay: 'Asia/Kolkata',
  bombaim: 'Asia/Kolkata', delhi: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata', 'nova deli': 'Asia/Kolkata',
  'nova delhi': 'Asia/Kolkata', bangalore: 'Asia/Kolkata', bengaluru: 'Asia/Kolkata', kolkata: 'Asia/Kolkata',
  calcutta: 'Asia/Kolkata', calcuta: 'Asia/Kolkata', chennai: 'Asia/Kolkata', hyderabad: 'Asia/Kolkata', goa: 'Asia/Kolkata',
  karachi: 'Asia/Karachi', lahore: 'Asia/Karachi', dhaka: 'Asia/Dhaka', kathmandu: 'Asia/Kathmandu', katmandu: 'Asia/Kathmandu',
  colombo: 'Asia/Colombo', tashkent: 'Asia/Tashkent', almaty: 'Asia/Almaty', sydney: 'Australia/Sydney', sidney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne', brisbane: 'Australia/Brisbane', perth: 'Australia/Perth', adelaide: 'Australia/Adelaide',
  darwin: 'Australia/Darwin', hobart: 'Australia/Hobart', canberra: 'Australia/Sydney', auckland: 'Pacific/Auckland',
  wellington: 'Pacific/Auckland', fiji: 'Pacific/Fiji',
};

const COUNTRIES: Places = {
  brasil: ['America/Sao_Paulo', 'America/Manaus', 'America/Cuiaba', 'America/Rio_Branco', 'America/Noronha'],
  brazil: ['America/Sao_Paulo', 'America/Manaus', 'America/Cuiaba', 'America/Rio_Branco', 'America/Noronha'],
  portugal: 'Europe/Lisbon', angola: 'Africa/Luanda', mocambique: 'Africa/Maputo', mozambique: 'Africa/Maputo',
  uk: 'Europe/London', england: 'Europe/London', inglaterra: 'Europe/London', 'united kingdom': 'Europe/London',
  'reino unido': 'Europe/London', scotland: 'Europe/London', escocia: 'Europe/London', ireland: 'Europe/Dublin',
  irlanda: 'Europe/Dublin', france: 'Europe/Paris', franca: 'Europe/Paris', germany: 'Europe/Berlin', alemanha: 'Europe/Berlin',
  spain: 'Europe/Madrid', espanha: 'Europe/Madrid', italy: 'Europe/Rome', italia: 'Europe/Rome', netherlands: 'Europe/Amsterdam',
  holland: 'Europe/Amsterdam', holanda: 'Europe/Amsterdam', 'paises baixos': 'Europe/Amsterdam', belgium: 'Europe/Brussels',
  belgica: 'Europe/Brussels', switzerland: 'Europe/Zurich', suica: 'Europe/Zurich', austria: 'Europe/Vienna',
  poland: 'Europe/Warsaw', polonia: 'Europe/Warsaw', sweden: 'Europe/Stockholm', suecia: 'Europe/Stockholm',
  norway: 'Europe/Oslo', noruega: 'Europe/Oslo', denmark: 'Europe/Copenhagen', dinamarca: 'Europe/Copenhagen',
  finland: 'Europe/Helsinki', finlandia: 'Europe/Helsinki', greece: 'Europe/Athens', grecia: 'Europe/Athens',
  turkey: 'Europe/Istanbul', turquia: 'Europe/Istanbul', ukraine: 'Europe/Kyiv', ucrania: 'Europe/Kyiv', japan: 'Asia/Tokyo',
  japao: 'Asia/Tokyo', korea: 'Asia/Seoul', 'south korea': 'Asia/Seoul', coreia: 'Asia/Seoul', 'coreia do sul': 'Asia/Seoul',
  china: 'Asia/Shanghai', india: 'Asia/Kolkata', argentina: 'America/Argentina/Buenos_Aires', chile: 'America/Santiago',
  colombia: 'America/Bogota', peru: 'America/Lima', uruguay: 'America/Montevideo', uruguai: 'America/Montevideo',
  paraguay: 'America/Asuncion', paraguai: 'America/Asuncion', venezuela: 'America/Caracas', ecuador: 'America/Guayaquil',
  equador: 'America/Guayaquil', bolivia: 'America/La_Paz', mexico: 'America/Mexico_City', 'south africa': 'Africa/Johannesburg',
  'africa do sul': 'Africa/Johannesburg', israel: 'Asia/Jerusalem', egypt: 'Africa/Cairo', egito: 'Africa/Cairo',
  uae: 'Asia/Dubai', emirados: 'Asia/Dubai', 'emirados arabes': 'Asia/Dubai', thailand: 'Asia/Bangkok', tailandia: 'Asia/Bangkok',
  philippines: 'Asia/Manila', filipinas: 'Asia/Manila', vietnam: 'Asia/Ho_Chi_Minh', vietna: 'Asia/Ho_Chi_Minh',
  'new zealand': 'Pacific/Auckland', 'nova zelandia': 'Pacific/Auckland', iceland: 'Atlantic/Reykjavik', islandia: 'Atlantic/Reykjavik',
  usa: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'],
  eua: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'],
  'united states': ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'],
  'estados unidos': ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'],
  canada: ['America/Toronto', 'America/Winnipeg', 'America/Edmonton', 'America/Vancouver', 'America/Halifax', 'America/St_Johns'],
  australia: ['Australia/Sydney', 'Australia/Brisbane', 'Australia/Adelaide', 'Australia/Darwin', 'Australia/Perth'],
  russia: ['Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Vladivostok'],
  indonesia: ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'],
};

/** Short names only read when they are the whole answer ("SP", "LA", "NY"). */
export const ABBREVIATIONS: Places = {
  sp: 'America/Sao_Paulo', rj: 'America/Sao_Paulo', bh: 'America/Sao_Paulo', poa: 'America/Sao_Paulo', bsb: 'America/Sao_Paulo',
  ny: 'America/New_York', la: 'America/Los_Angeles', sf: 'America/Los_Angeles', dc: 'America/New_York', cdmx: 'America/Mexico_City',
  utc: 'UTC', gmt: 'UTC', z: 'UTC', zulu: 'UTC', est: 'America/New_York', edt: 'America/New_York', eastern: 'America/New_York',
  et: 'America/New_York', cst: 'America/Chicago', cdt: 'America/Chicago', central: 'America/Chicago', ct: 'America/Chicago',
  mst: 'America/Denver', mdt: 'America/Denver', mountain: 'America/Denver', pst: 'America/Los_Angeles', pdt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles', brt: 'America/Sao_Paulo', brst: 'America/Sao_Paulo',
  'horario de brasilia': 'America/Sao_Paulo', 'brasilia time': 'America/Sao_Paulo', cet: 'Europe/Paris', cest: 'Europe/Paris',
  bst: 'Europe/London', wet: 'Europe/Lisbon', west: 'Europe/Lisbon', eet: 'Europe/Athens', eest: 'Europe/Athens',
  ist: 'Asia/Kolkata', jst: 'Asia/Tokyo', kst: 'Asia/Seoul', aest: 'Australia/Sydney', aedt: 'Australia/Sydney',
  nzst: 'Pacific/Auckland', nzdt: 'Pacific/Auckland', hst: 'Pacific/Honolulu', akst: 'America/Anchorage', sgt: 'Asia/Singapore',
  hkt: 'Asia/Hong_Kong', amt: 'America/Manaus',
};

export const PLACES: Places = { ...BRAZIL, ...LUSOPHONE, ...AMERICAS, ...EUROPE, ...AFRICA_ASIA_OCEANIA, ...COUNTRIES };

/** Offsets that are not whole hours, and the zone that keeps them year round. */
export const FRACTIONAL_OFFSETS: Record<string, string> = {
  '+05:30': 'Asia/Kolkata', '+05:45': 'Asia/Kathmandu', '+03:30': 'Asia/Tehran', '+04:30': 'Asia/Kabul',
  '+06:30': 'Asia/Yangon', '+09:30': 'Australia/Darwin', '+10:30': 'Australia/Lord_Howe', '+08:45': 'Australia/Eucla',
  '+12:45': 'Pacific/Chatham', '-03:30': 'America/St_Johns', '-09:30': 'Pacific/Marquesas',
};
