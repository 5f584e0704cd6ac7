using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Snapback.Screening.Cases.Keys;

/// <summary>Makes key secrets and their SHA-256 fingerprints; only fingerprints are ever stored.</summary>
public static class KeySecret
{
    private const string Prefix = "sbk_";

    /// <summary>A new secret: a prefix and 32 random bytes, base64url.</summary>
    public static string Create() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex SHA-256 of the UTF-8 secret.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares two fingerprints in constant time.</summary>
    public static bool SameHash(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
