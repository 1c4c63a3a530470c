/**
 * The layering rule (as VS Code's common/browser/node/electron-main):
 *   shared/   pure TypeScript: imports nothing of ours outside shared/, no DOM, Node or Electron
 *   renderer/ never imports main/ (it reaches main only through the bridge in shared/ipc)
 *   main/     never imports renderer/; main/host and main/hub never import Electron
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ imports only shared/ and pure npm packages',
      severity: 'error',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', '^node_modules/'] },
    },
    {
      name: 'shared-no-platform-packages',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        path: ['^node_modules/(electron|react|react-dom|dexie|ws|bonjour-service|d3[^/]*)/'],
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-main',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^main/', '^node_modules/electron/'] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'main-not-renderer',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'host-and-hub-without-electron',
      comment: 'the browser host and the hub run under plain Node',
      severity: 'error',
      from: { path: '^main/(host|hub)/' },
      to: { path: ['^node_modules/electron/', '^main/electron/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
