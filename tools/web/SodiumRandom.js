// Where libsodium's random numbers come from in the browser build (spirit_web_sodium carries this
// file to every program that links it, as --pre-js). Under emscripten, libsodium 1.0.18's
// randombytes.c has no native source: randombytes_random() returns Module.getRandomValue(), a
// uint32, and randombytes_buf() takes one byte from each call. randombytes_stir() (sodium_init
// calls it) would otherwise pick window/self.crypto or, failing that, node's crypto.randomBytes;
// here it is always the Web Crypto API's crypto.getRandomValues (the browser's, a worker's, node's),
// set before the program starts, so nothing depends on sodium_init having run first. Without
// crypto.getRandomValues there is no fallback: every call throws, and no key is ever made.
(function () {
  var source = null;
  if (typeof globalThis === 'object' && globalThis.crypto &&
      typeof globalThis.crypto.getRandomValues === 'function') {
    source = globalThis.crypto;
  } else if (typeof require === 'function') {
    try {
      var webcrypto = require('crypto').webcrypto;   // node before globalThis.crypto (15 to 18)
      if (webcrypto && typeof webcrypto.getRandomValues === 'function') {
        source = webcrypto;
      }
    } catch (e) {
      source = null;
    }
  }
  var word = new Uint32Array(1);
  function getRandomValue() {
    if (source === null) {
      throw new Error('libsodium: no crypto.getRandomValues here, refusing to make random numbers');
    }
    source.getRandomValues(word);
    var value = word[0] >>> 0;
    word[0] = 0;
    return value;
  }
  getRandomValue.spiritWebCrypto = source !== null;
  Module.getRandomValue = getRandomValue;
})();
