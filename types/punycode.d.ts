// The real punycode.js, imported by its file path in tests to check utils/build/punycode-via-url.ts against it.
declare module 'punycode/punycode.js' {
  const punycode: { toASCII(domain: string): string };
  export default punycode;
}
