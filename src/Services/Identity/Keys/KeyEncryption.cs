using System.Security.Cryptography;

namespace Platform.Identity.Keys;

/// <summary>AES-GCM over signing keys at rest, so a copy of the database alone cannot mint tokens.</summary>
public sealed class KeyEncryption(byte[] keyEncryptionKey)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public byte[] Protect(byte[] plaintext)
    {
        var sealedKey = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedKey.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keyEncryptionKey, TagSize);
        aes.Encrypt(nonce, plaintext, sealedKey.AsSpan(NonceSize + TagSize), sealedKey.AsSpan(NonceSize, TagSize));
        return sealedKey;
    }

    /// <summary>Null when the key was sealed with another key-encryption key (a previous local run, say).</summary>
    public byte[]? Unprotect(byte[] sealedKey)
    {
        var plaintext = new byte[sealedKey.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(keyEncryptionKey, TagSize);
            aes.Decrypt(sealedKey.AsSpan(0, NonceSize), sealedKey.AsSpan(NonceSize + TagSize), sealedKey.AsSpan(NonceSize, TagSize), plaintext);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
