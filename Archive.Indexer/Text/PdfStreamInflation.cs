using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Archive.Indexer.Text;

/// <summary>
/// Streams PdfPig inflates whole to read a page's text (its content streams, the forms it draws, and its fonts' programs,
/// encodings and character maps), measured before anything decodes them by decoding each into nothing. PdfPig decodes a
/// stream into one array, growing it as it goes: a 3 MB font inflating to 3 GB of zeros took the reader to 677 MB, a
/// content stream inflating to 1 GB of spaces to 982 MB and then 20 s of rendering for recognition; Flate of Flate
/// (2 KB) or run-length (16 MB) decoding to 1 GB took it to its whole heap.
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
                if (InflatesPast(content, scanner, MaxInflated)) return Refusal(number, "a content stream");
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
                    if (InflatesPast(stream, scanner, MaxInflated)) return Refusal(number, next.What);
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
    /// Whether a stream's filters decode it past <paramref name="limit"/> bytes: decoded into nothing, a buffer at a time,
    /// through each filter PdfPig would apply (its whole chain, which PdfPig decodes filter by filter into arrays; up to
    /// the first filter for images or encryption, which leaves a text-reading stream as it is); what a damaged end gives
    /// is counted.
    /// </summary>
    public static bool InflatesPast(StreamToken stream, IPdfTokenScanner scanner, long limit)
    {
        var filters = Listed(stream.StreamDictionary.Data.GetValueOrDefault("Filter"), scanner);
        if (filters.Count == 0) return false;
        var parameters = Listed(stream.StreamDictionary.Data.GetValueOrDefault("DecodeParms"), scanner);
        // Read where it lies: every page's streams pass here, a content stream the pages share once per page.
        Stream decoded = MemoryMarshal.TryGetArray<byte>(stream.Data, out var bytes)
            ? new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false)
            : new MemoryStream(stream.Data.ToArray(), writable: false);
        var decoding = 0;
        try
        {
            for (; decoding < filters.Count; decoding++)
            {
                var earlyChange = decoding < parameters.Count && parameters[decoding] is DictionaryToken named
                    && PdfTokens.Resolve(named.Data.GetValueOrDefault("EarlyChange"), scanner) is NumericToken { Int: 0 } ? 0 : 1;
                if (filters[decoding] is not NameToken filter || PdfStreamFilters.Decoded(filter.Data, decoded, earlyChange) is not { } next) break;
                decoded = next;
            }
            if (decoding == 0) return false;
            var buffer = new byte[81920];
            long inflated = 0;
            for (int read; (read = decoded.Read(buffer)) > 0;)
                if ((inflated += read) > limit) return true;
        }
        catch (InvalidDataException)
        {
            // damaged past here: what was inflated is all PdfPig gets too
        }
        finally
        {
            decoded.Dispose();
        }
        return false;
    }

    /// <summary>A stream's filters or their parameters: one, or an array of them, each resolved.</summary>
    private static List<IToken?> Listed(IToken? entry, IPdfTokenScanner scanner) => PdfTokens.Resolve(entry, scanner) switch
    {
        null => [],
        ArrayToken array => [.. array.Data.Select(item => PdfTokens.Resolve(item, scanner))],
        var single => [single],
    };
}
