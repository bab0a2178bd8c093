using System.Security.Cryptography;
using System.Text;

namespace ItaBot.Bot.Line.Webhook;

/// <summary>The <c>X-Line-Signature</c> check: HMAC-SHA256 of the raw body with the channel secret, in base64.</summary>
public static class LineSignature
{
    public const string Header = "X-Line-Signature";

    public static string Sign(string channelSecret, ReadOnlySpan<byte> body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body));

    /// <summary>Compared in constant time over the bytes as received, never over re-serialised JSON.</summary>
    public static bool IsValid(string channelSecret, ReadOnlySpan<byte> body, string? signature)
    {
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (string.IsNullOrEmpty(signature)
            || !Convert.TryFromBase64String(signature.Trim(), given, out var length)
            || length != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
