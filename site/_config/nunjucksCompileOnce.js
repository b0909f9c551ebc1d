// Eleventy 3.1 compiles a Nunjucks template anew for every page it paginates (and the permalink
// too): at thousands of agreement pages that was two thirds of the site build. Nunjucks' own
// loader cache shares one compiled template between renders; this does the same for templates
// Eleventy builds from a string, keyed by environment, path and source, so output is unchanged.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function nunjucksCompileOnce() {
  const { Template } = require('nunjucks');
  if (Template.prototype._lrtCompileOnce) return;
  const compiled = new WeakMap();
  const compile = Template.prototype._compile;
  Template.prototype._compile = function () {
    if (this.tmplProps || typeof this.tmplStr !== 'string') return compile.call(this);
    let byEnv = compiled.get(this.env);
    if (!byEnv) compiled.set(this.env, (byEnv = new Map()));
    const key = `${this.path}\0${this.tmplStr}`;
    const props = byEnv.get(key);
    if (props) {
      this.tmplProps = props;
      return compile.call(this);
    }
    compile.call(this);
    const made = { root: this.rootRenderFunc };
    for (const [name, block] of Object.entries(this.blocks)) made[`b_${name}`] = block;
    byEnv.set(key, made);
  };
  Template.prototype._lrtCompileOnce = true;
}
