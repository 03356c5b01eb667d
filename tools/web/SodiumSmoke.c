/* A check of the browser build's libsodium (spirit_web_sodium), run in node by
 * tools/web/sodium-smoke.sh: the calls the encrypted links make, a known answer, and where the
 * random numbers come from. Prints OK and returns 0, or says what failed and returns 1. */
#include <sodium.h>

#include <emscripten.h>
#include <stdio.h>
#include <string.h>

static int failures = 0;

static void check(int ok, const char *what)
{
    if (!ok) {
        printf("FAILED: %s\n", what);
        failures++;
    }
}

static void print_hex(const char *label, const unsigned char *bytes, size_t size)
{
    char hex[2 * 128 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, size);
    printf("%s %s\n", label, hex);
}

int main(void)
{
    check(sodium_init() >= 0, "sodium_init");
    check(strcmp(sodium_version_string(), SODIUM_VERSION_STRING) == 0, "version string");
    check(sodium_library_version_major() == SODIUM_LIBRARY_VERSION_MAJOR &&
              sodium_library_version_minor() == SODIUM_LIBRARY_VERSION_MINOR,
          "library version");
    printf("libsodium %s (library %d.%d), random from %s\n", sodium_version_string(),
           sodium_library_version_major(), sodium_library_version_minor(),
           randombytes_implementation_name());

    /* Random numbers: from SodiumRandom.js's crypto.getRandomValues, not libsodium's fallback. */
    check(EM_ASM_INT({ return Module.getRandomValue && Module.getRandomValue.spiritWebCrypto ? 1 : 0; }) == 1,
          "Module.getRandomValue is SodiumRandom.js's crypto.getRandomValues");
    unsigned char a[64], b[64], zero[64] = {0};
    randombytes_buf(a, sizeof a);
    randombytes_buf(b, sizeof b);
    check(memcmp(a, zero, sizeof a) != 0 && memcmp(a, b, sizeof a) != 0, "randombytes_buf");
    unsigned int seen = 0;
    for (int i = 0; i < 200; i++) seen |= 1u << randombytes_uniform(16);
    check(seen == 0xffffu, "randombytes_uniform covers 0..15");

    /* Key exchange: both sides derive the same pair of session keys. */
    unsigned char client_pk[crypto_kx_PUBLICKEYBYTES], client_sk[crypto_kx_SECRETKEYBYTES];
    unsigned char server_pk[crypto_kx_PUBLICKEYBYTES], server_sk[crypto_kx_SECRETKEYBYTES];
    check(crypto_kx_keypair(client_pk, client_sk) == 0, "crypto_kx_keypair (client)");
    check(crypto_kx_keypair(server_pk, server_sk) == 0, "crypto_kx_keypair (server)");
    check(memcmp(client_pk, server_pk, sizeof client_pk) != 0, "two different keypairs");
    unsigned char client_rx[crypto_kx_SESSIONKEYBYTES], client_tx[crypto_kx_SESSIONKEYBYTES];
    unsigned char server_rx[crypto_kx_SESSIONKEYBYTES], server_tx[crypto_kx_SESSIONKEYBYTES];
    check(crypto_kx_client_session_keys(client_rx, client_tx, client_pk, client_sk, server_pk) == 0,
          "crypto_kx_client_session_keys");
    check(crypto_kx_server_session_keys(server_rx, server_tx, server_pk, server_sk, client_pk) == 0,
          "crypto_kx_server_session_keys");
    check(memcmp(client_tx, server_rx, sizeof client_tx) == 0 &&
              memcmp(client_rx, server_tx, sizeof client_rx) == 0,
          "both sides of the key exchange agree");
    check(memcmp(client_tx, client_rx, sizeof client_tx) != 0, "distinct keys each way");

    /* Sealed message, client to server; a flipped byte (of the text or the tag) does not open. */
    static const char message[] = "Spirit: the host's answer, sealed";
    const unsigned char ad[] = {1, 2, 3, 4};
    unsigned char nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES];
    randombytes_buf(nonce, sizeof nonce);
    unsigned char sealed[sizeof message + crypto_aead_chacha20poly1305_ietf_ABYTES];
    unsigned long long sealed_size = 0;
    check(crypto_aead_chacha20poly1305_ietf_encrypt(sealed, &sealed_size, (const unsigned char *)message,
                                                    sizeof message, ad, sizeof ad, NULL, nonce,
                                                    client_tx) == 0 &&
              sealed_size == sizeof sealed,
          "crypto_aead_chacha20poly1305_ietf_encrypt");
    unsigned char opened[sizeof message];
    unsigned long long opened_size = 0;
    check(crypto_aead_chacha20poly1305_ietf_decrypt(opened, &opened_size, NULL, sealed, sealed_size, ad,
                                                    sizeof ad, nonce, server_rx) == 0 &&
              opened_size == sizeof message && memcmp(opened, message, sizeof message) == 0,
          "crypto_aead_chacha20poly1305_ietf_decrypt gives the message back");
    const size_t flips[] = {0, sizeof message / 2, sizeof sealed - 1};
    for (size_t i = 0; i < sizeof flips / sizeof flips[0]; i++) {
        sealed[flips[i]] ^= 0x01;
        check(crypto_aead_chacha20poly1305_ietf_decrypt(opened, &opened_size, NULL, sealed, sealed_size,
                                                        ad, sizeof ad, nonce, server_rx) == -1,
              "a flipped byte does not open");
        sealed[flips[i]] ^= 0x01;
    }
    check(crypto_aead_chacha20poly1305_ietf_decrypt(opened, &opened_size, NULL, sealed, sealed_size, ad,
                                                    sizeof ad, nonce, client_tx) == 0,
          "opens again once restored");
    check(crypto_aead_chacha20poly1305_ietf_decrypt(opened, &opened_size, NULL, sealed, sealed_size, ad,
                                                    sizeof ad, nonce, client_rx) == -1,
          "the other direction's key does not open");

    /* Signatures: a fresh keypair signs and verifies; a changed message does not verify. */
    unsigned char sign_pk[crypto_sign_PUBLICKEYBYTES], sign_sk[crypto_sign_SECRETKEYBYTES];
    unsigned char signature[crypto_sign_BYTES];
    check(crypto_sign_keypair(sign_pk, sign_sk) == 0, "crypto_sign_keypair");
    check(crypto_sign_detached(signature, NULL, client_pk, sizeof client_pk, sign_sk) == 0,
          "crypto_sign_detached");
    check(crypto_sign_verify_detached(signature, client_pk, sizeof client_pk, sign_pk) == 0,
          "crypto_sign_verify_detached");
    client_pk[5] ^= 0x80;
    check(crypto_sign_verify_detached(signature, client_pk, sizeof client_pk, sign_pk) == -1,
          "a changed message does not verify");
    client_pk[5] ^= 0x80;

    /* Known answer, RFC 8032 section 7.1 TEST 1: this seed's public key and its signature of the
     * empty message (Ed25519 is deterministic). The printed key is compared with native libsodium. */
    static const unsigned char seed[crypto_sign_SEEDBYTES] = {
        0x9d, 0x61, 0xb1, 0x9d, 0xef, 0xfd, 0x5a, 0x60, 0xba, 0x84, 0x4a, 0xf4, 0x92, 0xec, 0x2c, 0xc4,
        0x44, 0x49, 0xc5, 0x69, 0x7b, 0x32, 0x69, 0x19, 0x70, 0x3b, 0xac, 0x03, 0x1c, 0xae, 0x7f, 0x60};
    static const char expected_pk[] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    static const char expected_signature[] =
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b"
        "d25bf5f0595bbe24655141438e7a100b";
    unsigned char seed_pk[crypto_sign_PUBLICKEYBYTES], seed_sk[crypto_sign_SECRETKEYBYTES];
    char hex[2 * crypto_sign_BYTES + 1];
    check(crypto_sign_seed_keypair(seed_pk, seed_sk, seed) == 0, "crypto_sign_seed_keypair");
    print_hex("seed-public-key", seed_pk, sizeof seed_pk);
    check(strcmp(sodium_bin2hex(hex, sizeof hex, seed_pk, sizeof seed_pk), expected_pk) == 0,
          "RFC 8032 TEST 1 public key");
    check(crypto_sign_detached(signature, NULL, (const unsigned char *)"", 0, seed_sk) == 0,
          "crypto_sign_detached (empty message)");
    check(strcmp(sodium_bin2hex(hex, sizeof hex, signature, sizeof signature), expected_signature) == 0,
          "RFC 8032 TEST 1 signature");
    unsigned char hash[crypto_generichash_BYTES];
    check(crypto_generichash(hash, sizeof hash, (const unsigned char *)"abc", 3, NULL, 0) == 0,
          "crypto_generichash");
    print_hex("blake2b-256-abc", hash, sizeof hash);

    sodium_memzero(client_sk, sizeof client_sk);
    if (failures != 0) {
        printf("%d checks FAILED\n", failures);
        return 1;
    }
    printf("OK\n");
    return 0;
}
