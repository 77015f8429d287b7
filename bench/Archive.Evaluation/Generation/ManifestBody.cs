using System.Security.Cryptography;
using System.Text;

namespace Archive.Evaluation.Generation;

/// <summary>
/// How the manifest states a body so that any reader's line breaks and spacing compare equal: its characters
/// without white space, counted and hashed.
/// </summary>
internal static class ManifestBody
{
    public static string Normalize(string body) => string.Concat(body.Where(c => !char.IsWhiteSpace(c)));

    public static string Sha256(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(body))));

    internal static ManifestArticle Article(ComposedArticle article, IReadOnlyList<string> body) => new()
    {
        Title = article.Title,
        BodyChars = Normalize(string.Concat(body)).Length,
        BodySha256 = Sha256(string.Concat(body)),
        RepublishedFrom = article.RepublishedFrom,
    };
}
