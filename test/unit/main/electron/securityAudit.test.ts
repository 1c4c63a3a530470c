import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../../../../main/electron/secureWebPreferences';

const ELECTRON_DIR = path.resolve(__dirname, '../../../../main/electron');
const CONSTANT = 'SECURE_WEB_PREFERENCES';
/** Electron classes that create a renderer and take webPreferences. */
const RENDERER_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView']);

interface WindowAudit {
  constructions: number;
  problems: string[];
}

/**
 * Statically audits one source file: every `new BrowserWindow(…)` (or BrowserView /
 * WebContentsView) must pass an object literal whose webPreferences is exactly the shared
 * constant, imported from ./secureWebPreferences, with no spread that could override it.
 */
function auditWindowConstructions(fileName: string, sourceText: string): WindowAudit {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  let constructions = 0;
  const where = (node: ts.Node): string =>
    `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const importsConstant = source.statements.some(
    (statement) =>
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text === './secureWebPreferences' &&
      statement.importClause?.namedBindings !== undefined &&
      ts.isNamedImports(statement.importClause.namedBindings) &&
      statement.importClause.namedBindings.elements.some(
        (element) => element.name.text === CONSTANT && element.propertyName === undefined,
      ),
  );

  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === CONSTANT
    ) {
      problems.push(`${where(node)}: redeclares ${CONSTANT} locally`);
    }
    if (ts.isNewExpression(node)) {
      const callee = node.expression;
      const className = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (RENDERER_CLASSES.has(className)) {
        constructions += 1;
        problems.push(...auditOptions(node.arguments?.[0], `${where(node)} new ${className}`));
      }
    }
    ts.forEachChild(node, visit);
  };

  const auditOptions = (options: ts.Expression | undefined, site: string): string[] => {
    if (options === undefined || !ts.isObjectLiteralExpression(options)) {
      return [`${site}: options must be an object literal`];
    }
    const found: string[] = [];
    if (options.properties.some(ts.isSpreadAssignment)) {
      found.push(`${site}: options contain a spread, which could carry other webPreferences`);
    }
    const webPreferences = options.properties.filter(
      (property) =>
        property.name !== undefined && property.name.getText(source) === 'webPreferences',
    );
    const [only] = webPreferences;
    if (webPreferences.length !== 1 || only === undefined) {
      found.push(`${site}: needs exactly one webPreferences property`);
    } else if (
      !ts.isPropertyAssignment(only) ||
      !ts.isIdentifier(only.initializer) ||
      only.initializer.text !== CONSTANT
    ) {
      found.push(`${site}: webPreferences must be ${CONSTANT}`);
    } else if (!importsConstant) {
      found.push(`${site}: ${CONSTANT} is not imported from ./secureWebPreferences`);
    }
    return found;
  };

  visit(source);
  return { constructions, problems };
}

/** Names of called functions and methods, and the event names of `x.on('event', …)` calls. */
function callsIn(sourceText: string): { methods: Set<string>; events: Set<string> } {
  const source = ts.createSourceFile('file.ts', sourceText, ts.ScriptTarget.Latest, true);
  const methods = new Set<string>();
  const events = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      methods.add(node.expression.text);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      methods.add(method);
      const [first] = node.arguments;
      if (
        (method === 'on' || method === 'once') &&
        first !== undefined &&
        ts.isStringLiteral(first)
      ) {
        events.add(first.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { methods, events };
}

const read = (file: string): string => readFileSync(path.join(ELECTRON_DIR, file), 'utf8');
const GOOD_IMPORT = "import { SECURE_WEB_PREFERENCES } from './secureWebPreferences';\n";

describe('the window audit itself', () => {
  it('accepts a window built with the shared constant', () => {
    const audit = auditWindowConstructions(
      'good.ts',
      `${GOOD_IMPORT}new BrowserWindow({ show: false, webPreferences: SECURE_WEB_PREFERENCES });`,
    );
    expect(audit).toEqual({ constructions: 1, problems: [] });
  });

  it.each([
    [
      'inline webPreferences',
      `${GOOD_IMPORT}new BrowserWindow({ webPreferences: { nodeIntegration: true } });`,
    ],
    [
      'a copy of the constant',
      `${GOOD_IMPORT}new BrowserWindow({ webPreferences: { ...SECURE_WEB_PREFERENCES } });`,
    ],
    ['no webPreferences', `${GOOD_IMPORT}new BrowserWindow({ show: false });`],
    ['options in a variable', `${GOOD_IMPORT}const o = {}; new BrowserWindow(o);`],
    ['no options at all', `${GOOD_IMPORT}new BrowserWindow();`],
    [
      'a spread after the constant',
      `${GOOD_IMPORT}new BrowserWindow({ webPreferences: SECURE_WEB_PREFERENCES, ...o });`,
    ],
    ['the constant not imported', 'new BrowserWindow({ webPreferences: SECURE_WEB_PREFERENCES });'],
    [
      'an aliased import',
      "import { X as SECURE_WEB_PREFERENCES } from './secureWebPreferences';\nnew BrowserWindow({ webPreferences: SECURE_WEB_PREFERENCES });",
    ],
    [
      'a local look-alike',
      `${GOOD_IMPORT}{ const SECURE_WEB_PREFERENCES = {}; new BrowserWindow({ webPreferences: SECURE_WEB_PREFERENCES }); }`,
    ],
    ['electron.BrowserWindow', `${GOOD_IMPORT}new electron.BrowserWindow({ webPreferences: {} });`],
    [
      'a WebContentsView',
      `${GOOD_IMPORT}new WebContentsView({ webPreferences: { sandbox: false } });`,
    ],
  ])('rejects %s', (_name, sourceText) => {
    expect(auditWindowConstructions('bad.ts', sourceText).problems).not.toEqual([]);
  });
});

describe('Obeya windows', () => {
  // Every module but the one defining the constant.
  const files = readdirSync(ELECTRON_DIR).filter(
    (file) => file.endsWith('.ts') && file !== 'secureWebPreferences.ts',
  );

  it.each(files)('%s builds every window with SECURE_WEB_PREFERENCES', (file) => {
    expect(auditWindowConstructions(file, read(file)).problems).toEqual([]);
  });

  it.each(['windows.ts', 'ipc.ts'])('%s creates its window (the audit is not vacuous)', (file) => {
    expect(auditWindowConstructions(file, read(file)).constructions).toBeGreaterThan(0);
  });

  it('windows.ts denies new windows, navigation, webviews and permissions', () => {
    const { methods, events } = callsIn(read('windows.ts'));
    expect([...methods]).toEqual(
      expect.arrayContaining([
        'setWindowOpenHandler',
        'setPermissionRequestHandler',
        'setPermissionCheckHandler',
      ]),
    );
    expect([...events]).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });

  it('the window open handler never allows a window', () => {
    const source = read('windows.ts');
    expect(source).toMatch(/action: 'deny'/);
    expect(source).not.toMatch(/action: 'allow'/);
  });

  it('index.ts hardens every webContents and sandboxes every renderer', () => {
    const { methods, events } = callsIn(read('index.ts'));
    expect(events).toContain('web-contents-created');
    expect(methods).toContain('hardenWebContents');
    expect(methods).toContain('enableSandbox');
    expect(methods).toContain('requestSingleInstanceLock');
  });
});

describe('IPC handlers', () => {
  /** Every `ipcMain.*(…)` call in main/electron, with the file it is in. */
  const ipcMainCalls = readdirSync(ELECTRON_DIR)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
      const calls: { file: string; call: ts.CallExpression }[] = [];
      const visit = (node: ts.Node): void => {
        if (
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          node.expression.expression.getText(source) === 'ipcMain'
        ) {
          calls.push({ file, call: node });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return calls;
    });

  it('are all registered through one ipcMain.handle call in ipc.ts', () => {
    expect(ipcMainCalls.map(({ file, call }) => `${file}: ${call.expression.getText()}`)).toEqual([
      'ipc.ts: ipcMain.handle',
    ]);
  });

  it('check the sender, then parse the payload, before any handler runs', () => {
    const [registration] = ipcMainCalls;
    const callback = registration?.call.arguments[1];
    expect(callback !== undefined && ts.isArrowFunction(callback)).toBe(true);
    const body = callback?.getText() ?? '';
    const senderCheck = body.indexOf('validateSender(');
    const payloadParse = body.indexOf('parseIpcRequest(schema, payload)');
    const handlerCall = body.indexOf('handler(');
    expect(senderCheck).toBeGreaterThan(-1);
    expect(payloadParse).toBeGreaterThan(senderCheck);
    expect(handlerCall).toBeGreaterThan(senderCheck);
  });
});

describe('SECURE_WEB_PREFERENCES', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('enables no extra Blink features or command-line switches', () => {
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('additionalArguments');
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('loads the preload bundle that scripts/buildMain.mjs writes', () => {
    const preload = SECURE_WEB_PREFERENCES.preload ?? '';
    expect(path.isAbsolute(preload)).toBe(true);
    const buildScript = readFileSync(
      path.resolve(__dirname, '../../../../scripts/buildMain.mjs'),
      'utf8',
    );
    expect(buildScript).toContain(`dist/main/${path.basename(preload)}`);
  });
});
