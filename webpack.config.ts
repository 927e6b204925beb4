import path from 'path';
import type { Configuration } from 'webpack';
import { merge } from 'webpack-merge';
import grafanaConfig, { type Env } from './.config/webpack/webpack.config';

// Thin extension of the scaffolded create-plugin config (.config/ is generated and never edited).
const config = async (env: Env): Promise<Configuration> => {
  const baseConfig = await grafanaConfig(env);
  return merge(baseConfig, {
    resolve: {
      alias: {
        // Keeps `new Function` out of the bundle (strict CSP): see webpack/d3-dsv.shim.js.
        'd3-dsv': path.resolve(process.cwd(), 'webpack/d3-dsv.shim.js'),
      },
    },
    module: {
      rules: [
        {
          test: /node_modules[\\/]vega-runtime[\\/].*\.js$/,
          use: [{ loader: path.resolve(process.cwd(), 'webpack/csp-safe-vega-runtime.loader.js') }],
        },
      ],
    },
    performance: { hints: false },
  });
};

export default config;
