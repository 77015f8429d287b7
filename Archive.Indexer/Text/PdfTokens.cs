using System.Text.RegularExpressions;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Archive.Indexer.Text;

/// <summary>Objects of a PDF looked at before PdfPig reads its pages, where what cannot be read is simply absent.</summary>
internal static partial class PdfTokens
{
    /// <summary>The object a token refers to (through a few references at most: PdfReferenceChains refuses more), or null if unreadable.</summary>
    public static IToken? Resolve(IToken? token, IPdfTokenScanner scanner)
    {
        for (var hops = 0; token is IndirectReferenceToken reference && hops < 8; hops++)
        {
            try
            {
                token = scanner.Get(reference.Data)?.Data;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return null; // an object PdfPig cannot read: the page reading it says so
            }
        }
        return token;
    }

    /// <summary>A name as written (#xx stands for a byte) as read.</summary>
    public static string Name(string written) =>
        written.Contains('#') ? HexEscape().Replace(written, m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString()) : written;

    [GeneratedRegex("#([0-9A-Fa-f]{2})")]
    private static partial Regex HexEscape();
}
