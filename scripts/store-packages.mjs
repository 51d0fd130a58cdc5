// The store packages `npm run zip` and `npm run zip:firefox` wrote to .output/, checked the way the stores
// would take them: each package holds a Manifest V3 extension whose every referenced file is in it, with the
// icons and the languages a listing needs; and the Firefox source package, unpacked into an empty directory
// and built there as AMO's reviewers are told to (docs/store/amo-review.md), gives the Firefox package's
// files byte for byte. Run by `npm test` after both zips.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const packages = {
  chrome: `.output/onbrand-${version}-chrome.zip`,
  firefox: `.output/onbrand-${version}-firefox.zip`,
  sources: `.output/onbrand-${version}-sources.zip`,
};
/** The Chrome Web Store's limit on the manifest's description (its listing's summary). */
const DESCRIPTION_MAX = 132;
const ICON_SIZES = ['16', '32', '48', '128'];
const LANGUAGES = ['en', 'de'];

const problems = [];
const problem = (text) => problems.push(text);

function unzip(file) {
  try {
    return unzipSync(readFileSync(file));
  } catch (error) {
    problem(`${file} can't be read: ${error.message}`);
    return {};
  }
}

/** Every file the manifest names, for a package's files to be checked against. */
function referencedFiles(manifest) {
  const files = new Set(Object.values(manifest.icons ?? {}));
  for (const icon of Object.values(manifest.action?.default_icon ?? {})) files.add(icon);
  if (manifest.action?.default_popup) files.add(manifest.action.default_popup);
  if (manifest.options_ui?.page) files.add(manifest.options_ui.page);
  if (manifest.background?.service_worker) files.add(manifest.background.service_worker);
  for (const script of manifest.background?.scripts ?? []) files.add(script);
  for (const script of manifest.content_scripts ?? [])
    for (const file of [...(script.js ?? []), ...(script.css ?? [])]) files.add(file);
  for (const entry of manifest.web_accessible_resources ?? [])
    for (const resource of entry.resources ?? []) if (!resource.includes('*')) files.add(resource);
  return [...files];
}

function checkExtensionPackage(browser, file) {
  const entries = unzip(file);
  const text = (name) => (entries[name] ? new TextDecoder().decode(entries[name]) : undefined);
  const manifestText = text('manifest.json');
  if (!manifestText) return problem(`${file} has no manifest.json at its root`);
  const manifest = JSON.parse(manifestText);
  if (manifest.manifest_version !== 3)
    problem(`${file}: manifest_version is ${manifest.manifest_version}, not 3`);
  if (manifest.version !== version)
    problem(`${file}: version ${manifest.version}, package.json says ${version}`);
  for (const size of ICON_SIZES)
    if (!manifest.icons?.[size]) problem(`${file}: no ${size}×${size} icon in the manifest`);
  for (const name of referencedFiles(manifest))
    if (!entries[name]) problem(`${file}: the manifest names ${name}, which is not in the package`);
  for (const language of LANGUAGES) {
    const catalogue = text(`_locales/${language}/messages.json`);
    if (!catalogue) {
      problem(`${file}: no ${language} messages`);
      continue;
    }
    const description = JSON.parse(catalogue).extDescription?.message ?? '';
    if (!description || description.length > DESCRIPTION_MAX)
      problem(
        `${file}: the ${language} description is ${description.length} characters (1–${DESCRIPTION_MAX})`,
      );
  }
  if (browser === 'firefox' && !manifest.browser_specific_settings?.gecko?.id)
    problem(`${file}: no add-on id (browser_specific_settings.gecko.id), which AMO requires for Manifest V3`);
  if (browser === 'chrome' && manifest.browser_specific_settings)
    problem(`${file}: browser_specific_settings is Firefox's; Chrome's package should not carry it`);
  console.log(`${file}: ${Object.keys(entries).length} files, manifest ${manifest.version}`);
  return entries;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** Unpacks the sources into an empty directory and builds Firefox's extension there, as a reviewer would. */
function rebuildFromSources(firefoxEntries) {
  const sources = unzip(packages.sources);
  const names = Object.keys(sources);
  for (const name of names)
    if (/^(node_modules|\.output|tests|bench|reports)\//.test(name))
      problem(`${packages.sources} carries ${name}, which the build does not need`);
  const dir = mkdtempSync(join(tmpdir(), 'onbrand-amo-source-'));
  try {
    for (const name of names) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), sources[name]);
    }
    // The reviewer runs `npm ci`; CI has just run it from the same package-lock.json, so the installed
    // packages are borrowed instead of downloaded again.
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      problem(`building from ${packages.sources} failed:\n${build.stdout}\n${build.stderr}`);
      return;
    }
    const out = join(dir, '.output/firefox-mv3');
    const built = filesUnder(out);
    const packaged = Object.keys(firefoxEntries).filter((name) => !name.endsWith('/'));
    for (const name of packaged)
      if (!built.includes(name)) problem(`the source build lacks ${name} of the Firefox package`);
    for (const name of built) {
      if (!firefoxEntries[name]) {
        problem(`the source build has ${name}, which the Firefox package lacks`);
        continue;
      }
      if (Buffer.compare(readFileSync(join(out, name)), Buffer.from(firefoxEntries[name])) !== 0)
        problem(`the source build's ${name} differs from the Firefox package's`);
    }
    console.log(
      `${packages.sources}: ${names.length} files; built in an empty directory, ${built.length} files compared with the Firefox package`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

checkExtensionPackage('chrome', packages.chrome);
const firefox = checkExtensionPackage('firefox', packages.firefox);
if (firefox) rebuildFromSources(firefox);

if (problems.length > 0) {
  console.error(`\nThe store packages are not ready:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  'The store packages are ready: Chrome, Firefox, and Firefox sources that rebuild the same files.',
);
