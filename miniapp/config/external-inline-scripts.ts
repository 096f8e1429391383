import type { Compiler } from 'webpack';

const NAME = 'ExternalInlineScriptsPlugin';
/** A `<script>` element, its attributes and its text. */
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
/** The `type` attribute's value; scripts of any type but JavaScript (e.g. JSON data) are left alone. */
const TYPE = /\stype\s*=\s*["']?([^"'\s>]*)/i;
const JAVASCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * Moves the text of every inline `<script>` in the built HTML pages into a file of its own under
 * `js/`, so the H5 app runs under `script-src 'self'`: no 'unsafe-inline' and no hash to keep up
 * to date. Taro writes one into index.html, the root font size for `rem` units (pxtransform), from
 * the template's `<%= htmlWebpackPlugin.options.script %>`. A classic `<script src>` at the same
 * place in `<head>` runs at the same moment (before the page is drawn), as the inline one did.
 * The file's name carries a hash of its text, like the other scripts.
 */
export class ExternalInlineScriptsPlugin {
  apply(compiler: Compiler) {
    const { Compilation, sources, util } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // After html-webpack-plugin has written the pages (PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE).
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        const configured = compilation.outputOptions.publicPath;
        const publicPath = typeof configured === 'string' && configured !== 'auto' ? configured : '/';
        for (const page of Object.keys(assets).filter((name) => name.endsWith('.html'))) {
          const html = compilation.getAsset(page)!.source.source().toString();
          const rewritten = html.replace(SCRIPT, (tag, attributes: string | undefined = '', code: string) => {
            if (/\ssrc\s*=/i.test(attributes) || !JAVASCRIPT_TYPES.has((TYPE.exec(attributes)?.[1] ?? '').toLowerCase())) return tag;
            if (!code.trim()) return '';
            const hash = util
              .createHash(compilation.outputOptions.hashFunction ?? 'md4')
              .update(code)
              .digest('hex')
              .toString()
              .slice(0, 8);
            const file = `js/inline.${hash}.js`;
            if (!compilation.getAsset(file))
              compilation.emitAsset(file, new sources.RawSource(code), { immutable: true, javascriptModule: false });
            return `<script${attributes} src="${publicPath}${file}"></script>`;
          });
          if (rewritten !== html) compilation.updateAsset(page, new sources.RawSource(rewritten));
        }
      });
    });
  }
}
