const path = require('node:path');

// A plain production config: nothing specific to the library.
module.exports = {
  mode: 'production',
  entry: './src/main.js',
  output: { path: path.resolve(__dirname, 'dist'), filename: 'main.js', publicPath: '/', clean: true },
};
