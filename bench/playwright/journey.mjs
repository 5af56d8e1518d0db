// The benchmark's Playwright peer: the navigations, clicks and waits of vn.vneidlink.bench.BareJourney
// (the scenario «Công dân chưa đồng bộ đi trọn Bước 1 và Bước 2 rồi dùng VNeID ở cổng tỉnh»,
// features/hanh-trinh-day-du.feature) driven by Playwright instead of WebDriver, against the same
// WireMock mock portals (served by the JVM program vn.vneidlink.bench.MockServe over a line protocol)
// and the same Chromium with the same flags (vn.vneidlink.browser.Browser.FLAGS, read from MockServe).
//
// Usage (from the project folder's test classpath, after mvn test-compile):
//   BENCH_CP=target/test-classes:target/classes:<dependencies> node journey.mjs [--runs N] [--mode browser|context] [--cp CP]
// --mode browser (default): a new Chromium per run (the first run of the process is cold).
// --mode context: one Chromium for the process, a new browser context per run; the mocks restart on
//   the same port each run (`start PORT`), so the browser's host rules hold (and its SPKI list: MockTls
//   keeps each host's leaf key for the life of the MockServe JVM).
// Each run: fresh mock portals (`start`), browser or context start, the journey, close, `stop`.
// Prints one line per run, the first run and the median of runs 2..N; exits 1 if the journey fails.
// Env: CHROMIUM (default /usr/bin/chromium), JAVA (default java), BENCH_CP, BENCH_JVM_FLAGS (the MockServe JVM's flags).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WAIT_MS = 10_000; // BareJourney.WAIT

const NATIONAL = 'dichvucong.gov.vn';
const NATIONAL_SSO = 'xacthuc.dichvucong.gov.vn';
const VNEID_SSO = 'sso.dancuquocgia.gov.vn';
const PROVINCE = 'dichvucong.quangtri.gov.vn';

const HOME_PATH = '/p/home/dvc-trang-chu.html';
const PERSONAL_INFO_PATH = '/p/home/dvc-thong-tin-ca-nhan.html';
const DOSSIERS_PATH = '/p/home/dvc-quan-ly-ho-so.html';
const SSO_LOGIN_PATH = '/authenticationendpoint/login.do';
const SSO_OTP_PATH = '/authenticationendpoint/otp.do';
const VNEID_LOGIN_PATH = '/auth';
const PROVINCE_HOME_PATH = '/';
const PROVINCE_DOSSIERS_PATH = '/ho-so-cua-toi';

// The locators of BareJourney (docs/mock-portals.md), as Playwright selectors.
const BANNER = '.banner';
const LOGIN_BUTTON = '.header-actions a.login-btn, .header-account a.btn-register';
const USER_NAME = '#user-name';
const USER_DROPDOWN = '#user-dropdown';
const SSO_VNEID_OPTION = 'a.login-IDP';
const SSO_USERNAME = '#username';
const SSO_PASSWORD = '#password';
const SSO_LOGIN = '#btn-login';
const OTP = '#otp';
const CONFIRM_OTP = '#btn-confirm-otp';
const NOTICE = '#system-notice';
const NOTICE_VNEID = '#btn-notice-vneid';
const NOTICE_CLOSE = '#btn-notice-close';
const PERSONAL_INFO_TITLE = "xpath=//h2[normalize-space()='Thông tin cá nhân']";
const IDENTITY_TAB = '#tab-identity';
const ACTIVE_IDENTITY_TAB = '#tab-identity.active';
const FETCH = '#btn-fetch-population';
const SAVE = '#btn-save';
const SUCCESS = '.alert-success';
const DOSSIER_TABLE = '#dossier-table';
const VNEID_USERNAME = '#username';
const VNEID_PASSWORD = '#password';
const VNEID_LOGIN = '#login-form button.custom-btn-resolve';
const CODE_BOXES = '.ant-modal-body #otp-input input';
const CONFIRM_CODE = '.ant-modal-body button.custom-btn-resolve';
const CODE_BY_SMS = '#btn-change-mode-sms';
const CODE_SENT = '#otp-message';
const userMenuEntry = (entry) => `xpath=//ul[@id='user-dropdown']//a[normalize-space()='${entry}']`;

// The Gherkin steps of the scenario, in order: one time mark each, as BareJourney.
const STEPS = [
  'Cho công dân "Nguyễn Thị Hoà" có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư',
  'Khi công dân truy cập Cổng DVC quốc gia',
  'Và công dân bấm "Đăng nhập"',
  'Và công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect',
  'Và công dân nhập mã OTP nhận được qua tin nhắn và bấm "Xác nhận"',
  'Thì góc trên bên phải hiện họ và tên "Nguyễn Thị Hoà"',
  'Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân',
  'Và công dân bấm chọn Thông tin định danh',
  'Thì trạng thái định danh là "Chưa đồng bộ với CSDL Quốc gia về Dân cư"',
  'Khi công dân chọn Cập nhật CSDL Quốc gia về Dân cư',
  'Thì mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư',
  'Khi công dân bấm "Cập nhật" để lưu',
  'Thì thông báo "Cập nhật thông tin thành công" hiện ra',
  'Và Thông tin định danh đã lưu đúng thông tin của công dân từ CSDL Quốc gia về Dân cư',
  'Khi công dân Đăng xuất',
  'Thì góc trên bên phải hiện nút "Đăng nhập"',
  'Khi công dân bấm "Đăng nhập"',
  'Thì "Thông báo hệ thống" mời "Đăng nhập bằng VNeID"',
  'Khi công dân chọn "Đăng nhập bằng VNeID"',
  'Và công dân nhập số định danh cá nhân và mật khẩu VNeID',
  'Và công dân xác thực đăng nhập trên ứng dụng VNeID',
  'Thì góc trên bên phải hiện họ và tên "Nguyễn Thị Hoà"',
  'Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân',
  'Thì Thông tin tài khoản hiện tài khoản định danh điện tử của công dân',
  'Khi công dân bấm chọn Thông tin định danh',
  'Thì Thông tin định danh đã lưu đúng thông tin của công dân từ CSDL Quốc gia về Dân cư',
  'Và DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân',
  'Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Quản lý hồ sơ đã nộp',
  'Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra',
  'Khi công dân Đăng xuất',
  'Và công dân truy cập Hệ thống thông tin giải quyết TTHC tỉnh "Quảng Trị"',
  'Và công dân bấm "Đăng nhập"',
  'Và công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"',
  'Và công dân nhập số định danh cá nhân và mật khẩu VNeID',
  'Và công dân xác thực đăng nhập bằng mã OTP gửi qua SMS',
  'Thì hệ thống của tỉnh hiện họ và tên "Nguyễn Thị Hoà" ở góc trên bên phải',
  'Khi công dân chọn "Hồ sơ của tôi" trên hệ thống của tỉnh',
  'Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra',
  'Và mọi trang và tài nguyên mà trình duyệt đã tải đều qua HTTPS',
  'Và mọi cookie mà các cổng và hệ thống xác thực đặt đều có Secure, HttpOnly, SameSite và Path',
];

class JourneyFailure extends Error {}

function fail(message) {
  process.stderr.write(`playwright journey: ${message}\n`);
  process.exitCode = 1;
}

function parseArgs(argv) {
  const options = { runs: 3, mode: 'browser', cp: process.env.BENCH_CP || '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new JourneyFailure(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--mode') options.mode = value();
    else if (arg === '--cp') options.cp = value();
    else throw new JourneyFailure(`unknown argument ${arg} (usage: node journey.mjs [--runs N] [--mode browser|context] [--cp CLASSPATH])`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new JourneyFailure('--runs must be an integer >= 1');
  if (options.mode !== 'browser' && options.mode !== 'context') throw new JourneyFailure('--mode must be browser or context');
  if (!options.cp) throw new JourneyFailure('no classpath: set BENCH_CP (or --cp) to the test classpath, e.g. target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)');
  return options;
}

/** The JVM side: vn.vneidlink.bench.MockServe, one command a line, one answer a line. */
class MockServe {
  constructor(classpath) {
    this.child = spawn(process.env.JAVA || 'java',
      [...(process.env.BENCH_JVM_FLAGS || '').split(/\s+/).filter(f => f), '-Dfile.encoding=UTF-8', `-Dvneidlink.mocks.dir=${resolve(ROOT, 'mocks')}`, '-cp', classpath, 'vn.vneidlink.bench.MockServe'],
      { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    this.waiting = [];
    this.exited = null;
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const next = this.waiting.shift();
      if (next) next.resolve(line);
      else process.stderr.write(`MockServe said, unasked: ${line}\n`);
    });
    const gone = (why) => {
      this.exited = why;
      for (const w of this.waiting.splice(0)) w.reject(new JourneyFailure(`MockServe ${why}`));
    };
    this.child.on('exit', (code, signal) => gone(`exited (${signal || 'code ' + code})`));
    this.child.on('error', (e) => gone(`could not start: ${e.message}`));
  }

  /** Sends one command; the answer line, or a JourneyFailure for an ERROR line, a timeout or a dead MockServe. */
  ask(command, timeoutMs) {
    if (this.exited) return Promise.reject(new JourneyFailure(`MockServe ${this.exited}`));
    return new Promise((resolveAnswer, reject) => {
      const timer = setTimeout(() => reject(new JourneyFailure(`MockServe did not answer "${command}" within ${timeoutMs} ms`)), timeoutMs);
      this.waiting.push({
        resolve: (line) => {
          clearTimeout(timer);
          if (line.startsWith('ERROR')) reject(new JourneyFailure(`MockServe answered "${command}": ${line}`));
          else resolveAnswer(line);
        },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      this.child.stdin.write(command + '\n');
    });
  }

  async start(port) {
    return JSON.parse(await this.ask(port ? `start ${port}` : 'start', 60_000));
  }

  async stop() {
    await this.ask('stop', 30_000);
  }

  async quit() {
    if (this.exited) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.stdin.end('quit\n');
    await exited;
  }
}

/** The actions of one journey, as BareJourney.Journey, with Playwright's own auto-waiting. */
class Journey {
  constructor(page, mocks, serve) {
    this.page = page;
    this.mocks = mocks;
    this.serve = serve;
    this.marks = [];
    this.action = 'starting';
  }

  async run() {
    const c = this.mocks.citizen;
    this.start = performance.now();
    this.last = this.start;
    this.step();
    // Bước 1: Đồng bộ tài khoản
    await this.goto(NATIONAL, HOME_PATH, BANNER);
    this.step();
    await this.clickAndWait(LOGIN_BUTTON, NATIONAL_SSO, SSO_LOGIN_PATH, SSO_VNEID_OPTION);
    this.step();
    await this.type(SSO_USERNAME, c.vnconnectUser);
    await this.type(SSO_PASSWORD, c.vnconnectPassword);
    await this.clickAndWait(SSO_LOGIN, NATIONAL_SSO, SSO_OTP_PATH, OTP);
    this.step();
    await this.type(OTP, await this.otpSentTo(c.phone));
    await this.clickAndWait(CONFIRM_OTP, NATIONAL, HOME_PATH, USER_NAME);
    this.step();
    this.step();
    await this.chooseFromUserMenu('Thông tin cá nhân', NATIONAL, PERSONAL_INFO_PATH, PERSONAL_INFO_TITLE);
    this.step();
    await this.clickAndWait(IDENTITY_TAB, NATIONAL, PERSONAL_INFO_PATH, ACTIVE_IDENTITY_TAB);
    this.step();
    this.step();
    await this.clickAndWait(FETCH, NATIONAL, PERSONAL_INFO_PATH, SAVE);
    this.step();
    this.step();
    await this.clickAndWait(SAVE, NATIONAL, PERSONAL_INFO_PATH, SUCCESS);
    this.step();
    this.step();
    this.step();
    await this.chooseFromUserMenu('Đăng xuất', NATIONAL, HOME_PATH, LOGIN_BUTTON);
    this.step();
    this.step();
    // Bước 2: Liên kết tài khoản
    await this.clickAndWait(LOGIN_BUTTON, NATIONAL_SSO, SSO_LOGIN_PATH, NOTICE);
    this.step();
    this.step();
    await this.clickAndWait(NOTICE_VNEID, VNEID_SSO, VNEID_LOGIN_PATH, VNEID_USERNAME);
    this.step();
    await this.enterVneidCredentials();
    this.step();
    await this.enterCode(await this.codeShownInApp(c.cccd));
    await this.at(NATIONAL, HOME_PATH, USER_NAME);
    this.step();
    this.step();
    await this.chooseFromUserMenu('Thông tin cá nhân', NATIONAL, PERSONAL_INFO_PATH, PERSONAL_INFO_TITLE);
    this.step();
    this.step();
    await this.clickAndWait(IDENTITY_TAB, NATIONAL, PERSONAL_INFO_PATH, ACTIVE_IDENTITY_TAB);
    this.step();
    this.step();
    this.step();
    await this.chooseFromUserMenu('Quản lý hồ sơ đã nộp', NATIONAL, DOSSIERS_PATH, DOSSIER_TABLE);
    this.step();
    this.step();
    // Từ nay: VNeID ở hệ thống của tỉnh
    await this.chooseFromUserMenu('Đăng xuất', NATIONAL, HOME_PATH, LOGIN_BUTTON);
    this.step();
    await this.goto(PROVINCE, PROVINCE_HOME_PATH, LOGIN_BUTTON);
    this.step();
    await this.clickAndWait(LOGIN_BUTTON, NATIONAL_SSO, SSO_LOGIN_PATH, SSO_VNEID_OPTION);
    this.step();
    this.action = `closing ${NOTICE} if it shows`;
    if (await this.page.locator(NOTICE).filter({ visible: true }).count() > 0) {
      await this.page.locator(NOTICE_CLOSE).first().click();
    }
    await this.clickAndWait(SSO_VNEID_OPTION, VNEID_SSO, VNEID_LOGIN_PATH, VNEID_USERNAME);
    this.step();
    await this.enterVneidCredentials();
    this.step();
    this.action = `clicking ${CODE_BY_SMS}, then waiting for ${CODE_SENT} to say "SMS"`;
    await this.page.locator(CODE_BY_SMS).first().click();
    await this.page.locator(CODE_SENT, { hasText: 'SMS' }).first().waitFor();
    await this.enterCode(await this.otpSentTo(c.phone));
    await this.at(PROVINCE, PROVINCE_HOME_PATH, USER_NAME);
    this.step();
    this.step();
    await this.chooseFromUserMenu('Hồ sơ của tôi', PROVINCE, PROVINCE_DOSSIERS_PATH, DOSSIER_TABLE);
    this.step();
    this.step();
    this.step();
    this.step();
  }

  /** First navigation to the last page loaded, as BareJourney's bare-journey-ms. */
  totalMs() {
    return Math.round(this.last - this.start);
  }

  /** The step the journey is in (for a failure): the next one not yet marked. */
  currentStep() {
    const i = Math.min(this.marks.length, STEPS.length - 1);
    return `step ${i + 1} «${STEPS[i]}»`;
  }

  step() {
    const now = performance.now();
    this.marks.push(now - this.last);
    this.last = now;
  }

  async goto(host, path, marker) {
    const url = this.mocks.baseUrls[host] + path;
    this.action = `opening ${url}`;
    await this.page.goto(url);
    await this.at(host, path, marker);
  }

  async type(selector, text) {
    this.action = `filling ${selector}`;
    await this.page.locator(selector).first().fill(text);
  }

  async enterVneidCredentials() {
    await this.type(VNEID_USERNAME, this.mocks.citizen.cccd);
    await this.type(VNEID_PASSWORD, this.mocks.citizen.vneidPassword);
    this.action = `clicking ${VNEID_LOGIN}, then waiting for the code boxes ${CODE_BOXES}`;
    await this.page.locator(VNEID_LOGIN).first().click();
    await this.page.locator(CODE_BOXES).filter({ visible: true }).first().waitFor();
  }

  /** The VNeID modal: one digit per box, then "Xác nhận" (the page's script goes on to the client). */
  async enterCode(code) {
    this.action = `entering the code in ${CODE_BOXES}, then clicking ${CONFIRM_CODE}`;
    const boxes = this.page.locator(CODE_BOXES);
    const count = await boxes.count();
    for (let i = 0; i < count; i++) {
      await boxes.nth(i).fill(code.charAt(i));
    }
    await this.page.locator(CONFIRM_CODE).first().click();
  }

  async chooseFromUserMenu(entry, host, path, marker) {
    this.action = `opening the user menu ${USER_NAME}`;
    await this.page.locator(USER_NAME).first().click();
    await this.page.locator(USER_DROPDOWN).filter({ visible: true }).first().waitFor();
    await this.clickAndWait(userMenuEntry(entry), host, path, marker);
  }

  /** Clicks, then waits until a new document is in the main frame and the next page shows its marker. */
  async clickAndWait(selector, host, path, marker) {
    this.action = `clicking ${selector}, then waiting for a new document`;
    const page = this.page;
    const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
    navigated.catch(() => {}); // if the click fails, that failure is the one reported
    await page.locator(selector).first().click();
    await navigated;
    await this.at(host, path, marker);
  }

  /** The URL's host and path, then the marker visible: the condition BareJourney waits for. */
  async at(host, path, marker) {
    this.action = `waiting for https://${host}${path} (load event) with ${marker} visible`;
    await this.page.waitForURL((url) => url.hostname === host && url.pathname === path);
    await this.page.locator(marker).filter({ visible: true }).first().waitFor();
  }

  async otpSentTo(phone) {
    this.action = `getting the OTP sent to ${phone} from the mocks`;
    return this.serve.ask(`otp ${phone}`, WAIT_MS + 5_000);
  }

  async codeShownInApp(cccd) {
    this.action = `getting the code the VNeID app shows for ${cccd} from the mocks`;
    return this.serve.ask(`code ${cccd}`, WAIT_MS + 5_000);
  }
}

function launchOptions(mocks) {
  return {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    timeout: 60_000,
    // Browser.FLAGS, plus the two the suite adds for the mocks: nothing else of ours.
    args: [...mocks.flags, `--host-resolver-rules=${mocks.hostResolverRules}`,
      ...(mocks.spki ? [`--ignore-certificate-errors-spki-list=${mocks.spki}`] : [])],
  };
}

async function newPage(browser) {
  // viewport null: the window of --window-size=1366,900 (Browser.FLAGS), as under WebDriver.
  const context = await browser.newContext({ locale: 'vi-VN', viewport: null });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  const page = await context.newPage();
  return { context, page };
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : Math.round((v[n / 2 - 1] + v[n / 2]) / 2);
}

function figures(rows) {
  return `mock-start-ms=${median(rows.map((r) => r[0]))} browser-start-ms=${median(rows.map((r) => r[1]))}`
    + ` playwright-journey-ms=${median(rows.map((r) => r[2]))} playwright-total-ms=${median(rows.map((r) => r[0] + r[1] + r[2]))}`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const serve = new MockServe(options.cp);
  let browser = null;
  let page = null;
  const rows = [];
  const steps = [];
  let run = 0;
  let where = 'starting';
  try {
    let port = null;
    for (run = 1; run <= options.runs; run++) {
      where = 'starting the mock portals';
      const mocks = await serve.start(options.mode === 'context' && run > 1 ? port : null);
      port = mocks.port;
      let context;
      let browserStart;
      let journey;
      try {
        where = options.mode === 'browser' || run === 1 ? 'launching Chromium' : 'opening a new browser context';
        const t1 = performance.now();
        if (options.mode === 'browser' || run === 1) browser = await chromium.launch(launchOptions(mocks));
        ({ context, page } = await newPage(browser));
        browserStart = Math.round(performance.now() - t1);
        journey = new Journey(page, mocks, serve);
        where = null;
        await journey.run();
      } catch (e) {
        if (journey && where === null) where = `${journey.currentStep()}, ${journey.action}`;
        throw e;
      } finally {
        if (options.mode === 'browser' && browser) {
          await browser.close().catch(() => {});
          browser = null;
        } else if (context) {
          await context.close().catch(() => {});
        }
      }
      where = 'stopping the mock portals';
      await serve.stop();
      rows.push([mocks.mockStartMs, browserStart, journey.totalMs()]);
      steps.push(journey.marks);
      console.log(`run ${run}/${options.runs}: mock-start-ms=${mocks.mockStartMs} browser-start-ms=${browserStart} playwright-journey-ms=${journey.totalMs()}`);
    }
  } catch (e) {
    const message = String(e && e.message || e).split('\n')[0];
    fail(`the journey failed in run ${run}/${options.runs} (mode ${options.mode}) while ${where}: ${message}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await serve.quit().catch(() => {});
  }
  if (process.exitCode) return;

  if (options.mode === 'context') {
    console.log('mode context: one Chromium; browser-start-ms is its launch in run 1 and a new browser context in the later runs');
  }
  console.log(`first run (cold process): ${figures(rows.slice(0, 1))}`);
  if (rows.length > 1) console.log(`median of runs 2..${rows.length} (warm): ${figures(rows.slice(1))}`);
  STEPS.forEach((name, i) => console.log(`step\t${i + 1}\t${Math.round(median(steps.map((m) => m[i])))}\t${name}`));
}

main().catch((e) => fail(String(e && e.message || e)));
