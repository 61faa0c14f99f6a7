// What every command is handed: the Io, the global options, and lazy access to the store,
// the worksheet library and a Prompter. Nothing here is loaded until a command asks for it.
import { UserError } from '../errors.js';
import type { Io } from '../io/io.js';
import { localDay } from '../domain/dates.js';
import type { Profile } from '../domain/profile.js';
import type { Prompter } from '../prompts/prompter.js';
import { ScriptedPrompter } from '../prompts/scripted.js';
import { dataDirFor } from '../store/paths.js';
import { Store, plainCodec, type Codec } from '../store/store.js';
import type { Keyring } from '../store/crypto.js';
import { folderEncrypted } from '../store/encrypted-files.js';
import { readSettings, type Settings } from '../store/settings.js';
import { makeTheme, type Theme } from '../ui/theme.js';
import { screenWidth, wrapBlock } from '../ui/layout.js';
import { terminalSafe } from '../ui/safe-text.js';
import type { Library } from '../worksheets/library.js';

export interface GlobalOptions {
  dataDir?: string;
  color?: boolean;
  debug?: boolean;
}

export class App {
  private storeInstance?: Store;
  private libraryInstance?: Library;
  private settingsCache?: Settings;
  private themeCache?: { color: boolean; theme: Theme };
  private keyringInstance?: Keyring;
  /** How store files are read and written: plain, or encrypted once unlock() has the passphrase. */
  codec: Codec = plainCodec;
  globals: GlobalOptions = {};
  /** What the process exits with when a command finishes without an error (status uses it). */
  exitCode = 0;

  constructor(readonly io: Io) {}

  get dataDir(): string {
    return dataDirFor(this.globals.dataDir, this.io.env, this.io.cwd);
  }

  get color(): boolean {
    if (this.globals.color === false) return false;
    const setting = this.settings.color;
    return setting === 'always' ? true : setting === 'never' ? false : this.io.color;
  }

  get settings(): Settings {
    this.settingsCache ??= readSettings(this.dataDir);
    return this.settingsCache;
  }

  /** Made once per colour choice: commands ask for it line by line. */
  get theme(): Theme {
    const color = this.color;
    if (this.themeCache?.color !== color) this.themeCache = { color, theme: makeTheme(color) };
    return this.themeCache.theme;
  }

  today(): string {
    return localDay(this.io.now());
  }

  get store(): Store {
    this.storeInstance ??= new Store(this.dataDir, this.codec, { today: () => this.today(), keepBackups: Number(this.settings['backups.keep']) });
    return this.storeInstance;
  }

  /** The passphrase's keyring, asked for once per process (the key is derived once, too). */
  async keyring(confirm = false): Promise<Keyring> {
    if (!this.keyringInstance) {
      const [{ askPassphrase }, { Keyring }] = await Promise.all([import('./passphrase.js'), import('../store/crypto.js')]);
      this.keyringInstance = new Keyring(await askPassphrase(this.io, confirm));
    }
    return this.keyringInstance;
  }

  /** Before a command runs: an encrypted folder needs the passphrase, checked before anything is read. */
  async unlock(): Promise<void> {
    if (this.codec !== plainCodec || !folderEncrypted(this.dataDir)) return;
    const keyring = await this.keyring();
    const { encryptingCodec, verifyPassphrase } = await import('../store/crypto.js');
    this.codec = encryptingCodec(keyring, verifyPassphrase(this.dataDir, keyring));
    this.storeInstance = undefined;
  }

  /**
   * Opens the worksheet library before a command that needs it, so commands that do not (status,
   * --version) start as fast as Node itself. YAML and zod, the heaviest modules, are loaded only when a
   * definition has to be read from YAML (see openLibrary).
   */
  async loadLibrary(): Promise<void> {
    this.libraryInstance ??= await (await import('../worksheets/library.js')).openLibrary(this.dataDir);
  }

  get library(): Library {
    if (!this.libraryInstance) throw new Error('the worksheet library was used before loadLibrary()');
    return this.libraryInstance;
  }

  /** A person at a terminal gets real prompts; otherwise a missing answer is an error naming its flag. */
  async prompter(flagFor?: (field: string) => string): Promise<Prompter> {
    if (this.io.isInteractive) {
      const { InquirerPrompter } = await import('../prompts/inquirer.js');
      return new InquirerPrompter(this.io);
    }
    return new ScriptedPrompter({}, { flagFor });
  }

  /** A message for the person (stderr), never mixed with data on stdout. */
  say(text: string): void {
    // At a terminal, wrapped at word boundaries to its width; to a pipe or a log, left as one line.
    const laid = this.io.columns === undefined ? text : wrapBlock(text, screenWidth(this.io));
    this.io.stderr.write(`${terminalSafe(laid)}\n`);
  }

  out(text: string): void {
    this.io.stdout.write(`${text}\n`);
  }

  /** The profile, running onboarding first at a terminal when there is none yet. */
  async requireProfile(): Promise<Profile> {
    const existing = this.store.profile();
    if (existing) return existing;
    if (!this.io.isInteractive) throw new UserError('there is no profile yet', 'create one: fourpoint init --behaviour alcohol');
    this.say(this.theme.heading('Welcome to fourpoint. A few questions first; you can change the answers later with: fourpoint init'));
    const { runInit, saySafetyNotice } = await import('./commands/init.js');
    const profile = await runInit({}, this);
    saySafetyNotice(this, profile);
    this.say(this.theme.dim('Before you change anything: fourpoint learn safety (stopping some substances suddenly can be dangerous). Meetings: fourpoint learn meetings.'));
    return profile;
  }
}
