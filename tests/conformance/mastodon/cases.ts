/**
 * Cases derived from Mastodon (AGPL-3.0, © Eugen Rochko and the Mastodon contributors; see README.md): the
 * server's `spec/validators/status_length_validator_spec.rb` and the web composer's
 * `app/javascript/mastodon/features/compose/util/counter.test.ts`. Inputs are upstream's, written out the
 * way the Ruby and TypeScript build them.
 */

/** The server spec: does a 500-character instance accept the text? */
export interface ServerCase {
  name: string;
  text: string;
  accepted: boolean;
}

export const SERVER_CASES: ServerCase[] = [
  { name: 'adds an error when text is over character limit', text: 'a'.repeat(520), accepted: false },
  {
    name: 'reduces calculated length of auto-linkable space-separated URLs',
    text: [`${'a'.repeat(476)}`, `http://${'b'.repeat(30)}.com/example`].join(' '),
    accepted: true,
  },
  {
    name: 'does not reduce calculated length of non-autolinkable URLs',
    text: [`${'a'.repeat(476)}`, `http://${'b'.repeat(30)}.com/example`].join(''),
    accepted: false,
  },
  {
    name: 'does not reduce calculated length of count overly long URLs',
    text: `http://example.com/valid?${'#foo?'.repeat(1000)}`,
    accepted: false,
  },
  {
    name: 'counts only the front part of remote usernames',
    text: `${'a'.repeat(475)} @alice@${'b'.repeat(30)}.com`,
    accepted: true,
  },
  {
    name: 'does count both parts of remote usernames for overly long domains',
    text: `@alice@${'b'.repeat(500)}.com`,
    accepted: false,
  },
  { name: 'counts multi byte emoji as single character', text: '✨'.repeat(500), accepted: true },
  // The transgender flag: 🏳 U+FE0F, ZERO WIDTH JOINER, ⚧ U+FE0F (the spec's title names it a ZWJ sequence).
  {
    name: 'counts ZWJ sequence emoji as single character',
    text: '\u{1F3F3}\uFE0F\u200D\u26A7\uFE0F'.repeat(500),
    accepted: true,
  },
];

/** Server spec cases that test something a draft in the composer cannot show, and why. */
export const SERVER_CASES_OUT = [
  ['does not add errors onto remote statuses', 'about posts federated from other servers, not drafts'],
  ['does not add errors onto local reblogs', 'about boosts, which have no text of their own'],
  ['adds an error when content warning is over character limit', 'the content warning is its own field'],
  [
    'adds an error when text and content warning are over character limit total',
    'the content warning is its own field; OnBrand checks the post text',
  ],
] as const;

const PLACEHOLDER = 'x'.repeat(23);

/** The web composer's `countableText(input)`: what the counter measures in place of the input. */
export const CLIENT_CASES: [name: string, input: string, countable: string][] = [
  ['passes plain text through unchanged', 'hello world', 'hello world'],
  [
    'collapses an https URL to a 23-character placeholder',
    'see https://example.com here',
    `see ${PLACEHOLDER} here`,
  ],
  ['collapses an IDN URL the same way', 'besøk https://grå.org/ idag', `besøk ${PLACEHOLDER} idag`],
  [
    'collapses an IDN URL with non-Latin script',
    '参观 https://慕田峪长城.网址/ 今天',
    `参观 ${PLACEHOLDER} 今天`,
  ],
  ['strips the host part of an ASCII remote mention', 'hi @bob@example.com', 'hi @bob'],
  ['does not touch a local mention', 'hi @bob', 'hi @bob'],
  [
    'handles a URL and a mention together',
    '@bob@example.com look https://example.com',
    `@bob look ${PLACEHOLDER}`,
  ],
  [
    'email-shaped text is left alone (no leading @, so not a mention)',
    'mail arnt@grå.org for details',
    'mail arnt@grå.org for details',
  ],
  ['strips a Latin-IDN remote mention', 'hi @arnt@grå.org', 'hi @arnt'],
  ['strips a CJK-IDN remote mention', 'hi @user@慕田峪长城.网址', 'hi @user'],
  // extractMentionsWithIndices, as what the counter then measures.
  ['finds an ASCII mention', 'hi @bob@example.com here', 'hi @bob here'],
  ['finds a CJK-IDN mention', 'hi @user@慕田峪长城.网址 today', 'hi @user today'],
  ['trims trailing punctuation from the host', 'greet @arnt@grå.org, then go', 'greet @arnt, then go'],
  ['does not match after a slash (inside a URL path)', 'https://example.com/@arnt@grå.org', PLACEHOLDER],
  ['does not match after a word character', 'foo@arnt@grå.org', 'foo@arnt@grå.org'],
  ['does not match a local @user (no host)', '@bob says hi', '@bob says hi'],
  ['finds two mentions in one string', '@arnt@grå.org and @bob@example.com', '@arnt and @bob'],
];

/**
 * Client tests where the web composer counts differently from the server, which has the last word (it
 * refuses the post). Each gives what the server counts instead.
 */
export const CLIENT_ONLY: [name: string, input: string, serverCountable: string, why: string][] = [
  [
    'collapses a schemaless URL the same way',
    'see example.com here',
    'see example.com here',
    'the server only shortens links with http:// or https:// (extract_url_without_protocol: false)',
  ],
  [
    'collapses a schemaless non-BMP URL the same way',
    'look example.com/🐪/#camel here',
    'look example.com/🐪/#camel here',
    'the server only shortens links with http:// or https://',
  ],
  [
    'collapses a non-BMP URL the same way',
    'look https://example.com/🐪/#camel here',
    `look ${PLACEHOLDER}🐪/#camel here`,
    "twitter-text's URL path characters (which the server uses) do not include emoji: the link ends before 🐪",
  ],
  [
    'leaves a mention with an implausible host alone',
    '@arnt@invalid',
    '@arnt',
    "the server's Account::MENTION_RE takes any word characters as the host; only the client checks it",
  ],
  [
    'rejects an implausible host',
    '@arnt@nope',
    '@arnt',
    "the server's Account::MENTION_RE takes any word characters as the host; only the client checks it",
  ],
];

/** UASG-004 universal-acceptance domains from the client tests (one per script, plus Tibetan). */
export const FUNKY_DOMAINS = [
  'universal-acceptance-test.international',
  'universal-acceptance-test.icu',
  'تجربة-القبول-الشامل.موريتانيا',
  'համընդհանուր-ընկալում-թեստ.հայ',
  'সর্বজনীন-স্বীকৃতির-পরীক্ষা.ভারত',
  'универсальное-принятие-тест.москва',
  'सार्वभौमिक-स्वीकृति-परीक्षण.संगठन',
  'უნივერსალური-თავსობადობის-ტესტი.გე',
  'καθολική-αποδοχή-δοκιμή.ευ',
  'સાર્વત્રિક-સ્વીકૃતિ-પરીક્ષણ.ભારત',
  'ਸਰਵਵਿਆਪਕ-ਪ੍ਰਵਾਨਗੀ-ਪਰਖ.ਭਾਰਤ',
  '다국어도메인이용환경테스트.한국',
  'מבחן-קבלה-אוניברסלי.קום',
  'どこでもつかえる.みんな',
  'ಸಾರ್ವತ್ರಿಕ-ಸ್ವೀಕಾರಾರ್ಹತೆ-ಪರೀಕ್ಷೆ.ಭಾರತ',
  'ユニバーサルアクセプタンス.クラウド',
  'ສາກົນ-ການຍອມຮັບ-ທົດລອງ.ລາວ',
  'സാർവത്രിക-സ്വീകാര്യതാ-പരിശോധന.ഭാരതം',
  'ଯୁନିଭରସାଲ-ଏକସେପ୍ଟନ୍ସ-ଟେଷ୍ଟ.ଭାରତ',
  'විශ්ව-සම්මුති-පිරික්සුම.ලංකා',
  'பொது-ஏற்பு-சோதனை.சிங்கப்பூர்',
  'యూనివర్సల్-ఆమోదం-పరీక్ష.భారత్',
  'ยูเอทดสอบ.ไทย',
  '普遍适用测试.我爱你',
  '普遍適用測試.台灣',
  'ሁለንአቀፍ-ተቀባይነት-ሙከራ.com',
  'ការសាកល្បងទទួលយកជាអន្តរជាតិ.com',
  'အလုံးစုံလက်ခံမှုစမ်းသပ်ချက်.com',
  'ދުނިޔެ-ގަބޫލުކުރާ-ޓެސްޓު.com',
  'universal-acceptance-test.קום',
  'épreuve-acceptation-universelle.org',
  'ཡོངས་ཁྱབ་ངོས་ལེན་བརྟག་དཔྱད.com',
];
