using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ItaBot.Bot.Web;

/// <summary>The signature of a link the bot makes (a photo's, a document's): an HMAC of what it opens, with a secret.</summary>
public static class LinkSignature
{
    public static string Of(string secret, string what) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(what)));

    public static bool Verifies(string secret, string what, string signature) =>
        secret.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(secret, what)), Encoding.ASCII.GetBytes(signature));
}
