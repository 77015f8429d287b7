using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Archive.Indexer.Text;

/// <summary>
/// Streams PdfPig inflates whole to read a page's text (its content streams, the forms it draws, and its fonts' programs,
/// encodings and character maps), measured before anything decodes them by inflating each into nothing. PdfPig inflates a
/// stream into one array, growing it as it goes: a 3 MB font inflating to 3 GB of zeros took the reader to 677 MB, a
/// content stream inflating to 1 GB of spaces to 982 MB and then 20 s of rendering for recognition.
/// </summary>
internal static class PdfStreamInflation
{
    /// <summary>
    /// What one such stream may inflate to: the largest CJK font programs are some 20-30 MB, and a page's content
    /// stream runs at most a million operators (<see cref="PdfPageDrawing.MaxOperators"/>), some 20 MB.
    /// </summary>
    public const long MaxInflated = 64L * 1024 * 1024;

    /// <summary>Levels of a font's dictionaries followed to its streams (a Type0 font's descendant's descriptor is three down).</summary>
    private const int FontDepth = 4;

    /// <summary>The first stream a page reads that inflates past <see cref="MaxInflated"/>, in words, or null.</summary>
    public static string? Find(PdfDocument pdf)
    {
        var scanner = pdf.Structure.TokenScanner;
        var seen = new HashSet<IndirectReference>();
        var number = 0;
        foreach (var (page, resources) in PdfPageDrawing.Pages(pdf.Structure))
        {
            number++;
            foreach (var content in PdfPageDrawing.Contents(page, scanner))
                if (InflatesPast(content, MaxInflated)) return Refusal(number, "a content stream");
            var pending = new Stack<(IToken? Token, int Depth, string What)>();
            Push(resources);
            while (pending.TryPop(out var next))
            {
                if (next.Token is IndirectReferenceToken reference && !seen.Add(reference.Data)) continue;
                var token = PdfTokens.Resolve(next.Token, scanner);
                if (token is StreamToken stream)
                {
                    // An image is decoded only to be shown, never to read text: a scan's page may inflate to 100 MB.
                    var subtype = stream.StreamDictionary.Data.GetValueOrDefault("Subtype");
                    if (subtype is NameToken { Data: "Image" }) continue;
                    if (InflatesPast(stream, MaxInflated)) return Refusal(number, next.What);
                    if (subtype is NameToken { Data: "Form" } && next.Depth > 0) Push(stream.StreamDictionary.Data.GetValueOrDefault("Resources"));
                }
                else if (next.Depth == 0) continue;
                else if (token is DictionaryToken dictionary)
                    foreach (var value in dictionary.Data.Values) pending.Push((value, next.Depth - 1, next.What));
                else if (token is ArrayToken array)
                    foreach (var item in array.Data) pending.Push((item, next.Depth - 1, next.What));
            }

            void Push(IToken? pageOrForm)
            {
                if (PdfTokens.Resolve(pageOrForm, scanner) is not DictionaryToken named) return;
                if (PdfTokens.Resolve(named.Data.GetValueOrDefault("Font"), scanner) is DictionaryToken fonts)
                    foreach (var font in fonts.Data.Values) pending.Push((font, FontDepth, "a font"));
                if (PdfTokens.Resolve(named.Data.GetValueOrDefault("XObject"), scanner) is DictionaryToken xobjects)
                    foreach (var xobject in xobjects.Data.Values) pending.Push((xobject, 1, "a form"));
            }
        }
        return null;
    }

    private static string Refusal(int page, string what) =>
        $"{what} of page {page:N0} inflates to more than {MaxInflated / 1048576:N0} MB, more than a page's reading needs";

    /// <summary>
    /// Whether a stream whose first filter is Flate inflates past <paramref name="limit"/> bytes: inflated into nothing, a
    /// buffer at a time, as PdfPig does it (the two bytes of the zlib header skipped, what a damaged end gives counted).
    /// Other filters expand a few times at most.
    /// </summary>
    public static bool InflatesPast(StreamToken stream, long limit)
    {
        var filter = stream.StreamDictionary.Data.GetValueOrDefault("Filter") switch
        {
            ArrayToken { Data.Count: > 0 } filters => filters.Data[0],
            var single => single,
        };
        if (filter is not NameToken { Data: "FlateDecode" or "Fl" } || stream.Data.Length < 2) return false;
        using var deflate = new DeflateStream(new MemoryStream(stream.Data[2..].ToArray()), CompressionMode.Decompress);
        var buffer = new byte[81920];
        long inflated = 0;
        try
        {
            for (int read; (read = deflate.Read(buffer)) > 0;)
                if ((inflated += read) > limit) return true;
        }
        catch (InvalidDataException)
        {
            // damaged past here: what was inflated is all PdfPig gets too
        }
        return false;
    }
}
