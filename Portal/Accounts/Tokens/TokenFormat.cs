using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Portal.Data.Entities;

namespace Portal.Accounts.Tokens;

/// <summary>
/// Tokens are a kind prefix plus 256 random bits in base64url ("wpa_…" for API, "wpk_…" for kiosk); the prefix
/// routes a request to the right check and lets secret scanners recognise a leaked token. Only the SHA-256 of the
/// whole string is stored: for a 256-bit random secret a fast hash is enough (ADR 006).
/// </summary>
public static class TokenFormat
{
    public const string ApiPrefix = "wpa_";
    public const string KioskPrefix = "wpk_";
    private const int SecretBytes = 32;
    private const int Length = 4 + 43; // prefix + base64url of 32 bytes without padding

    public static string New(AccessTokenKind kind) =>
        PrefixOf(kind) + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The kind a well-formed token claims to be, or null for anything else (which is never looked up).</summary>
    public static AccessTokenKind? KindOf(string? token) => token switch
    {
        { Length: Length } when token.StartsWith(ApiPrefix, StringComparison.Ordinal) => AccessTokenKind.Api,
        { Length: Length } when token.StartsWith(KioskPrefix, StringComparison.Ordinal) => AccessTokenKind.Kiosk,
        _ => null,
    };

    /// <summary>The first characters, stored and shown so that people can tell their tokens apart.</summary>
    public static string Display(string token) => token[..10];

    private static string PrefixOf(AccessTokenKind kind) => kind == AccessTokenKind.Kiosk ? KioskPrefix : ApiPrefix;
}
