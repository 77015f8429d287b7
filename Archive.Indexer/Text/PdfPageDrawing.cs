using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Archive.Indexer.Text;

/// <summary>
/// What drawing a page asks of PdfPig, counted before any page is read, in one pass over the operators of its content
/// streams and of the forms it draws (each time it draws them): how many operators it runs, how many graphics states
/// it keeps saved at once (each q saves one until its Q, and each form drawn one while it draws), and how many bytes of
/// strings it shows. PdfPig keeps every operator of a page and a copy of the state for every q: a content stream of 2.5
/// million q (5 MB, or 5 KB compressed) took 1 GB, the reader's whole heap; and it builds a letter of some hundreds of
/// bytes for every byte a string shows: one string of 42 MB took it past its whole heap.
/// </summary>
internal static class PdfPageDrawing
{
    /// <summary>Graphics states saved at once at most; writers nest a few, a page imported into a page a few more.</summary>
    public const int MaxSavedStates = 1_000;

    /// <summary>
    /// Operators a page runs at most: a page of text runs a few per character; a dense map or drawing some hundred
    /// thousand. PdfPig keeps a few hundred bytes for each: a million take some 300 MB.
    /// </summary>
    public const int MaxOperators = 1_000_000;

    /// <summary>
    /// Bytes of strings a page's operators hold at most, as written: the most letters a page holds
    /// (<see cref="PdfReader.MaxLettersPerPage"/>) take some 100 KB, two bytes each in a Chinese font, four times that
    /// written as hexadecimal or drawn again at one spot as fake bold. Past that PdfPig builds letters for nothing (the
    /// page is refused after, for its letters): 990 KB of strings took the reader to 396 MB before the page was refused.
    /// </summary>
    public const int MaxStringBytes = 512 * 1024;

    /// <summary>What a page asks past the bounds, in words, or null.</summary>
    public static string? Find(PdfDocument pdf)
    {
        var structure = pdf.Structure;
        var drawing = new Drawing(structure.TokenScanner, structure.FilterProvider);
        var number = 0;
        foreach (var (page, resources) in Pages(structure))
        {
            number++;
            var cost = Cost.None;
            foreach (var content in Contents(page, structure.TokenScanner)) cost = cost.Then(drawing.Of(content, resources, null, 0));
            if (cost.Saved > MaxSavedStates)
                return $"page {number:N0} keeps more than {MaxSavedStates:N0} graphics states saved at once (q without Q), where a page needs a few";
            if (cost.Operators > MaxOperators)
                return $"page {number:N0} runs more than {MaxOperators:N0} drawing operators, more than a page holds";
            if (cost.Strings > MaxStringBytes)
                return $"page {number:N0} shows more than {MaxStringBytes / 1024:N0} KB of text strings, more than a page holds ({PdfReader.MaxLettersPerPage:N0} characters at most)";
        }
        return null;
    }

    /// <summary>
    /// What running some operators costs: how many there are, the most states saved at once along the way above where they
    /// started, how many are still saved when they end, and the bytes of the strings they show. A Q with nothing saved restores nothing; within a form it is
    /// taken so too (it would restore a state its caller saved): the count errs high, never low. A stream is counted only
    /// until it passes a bound.
    /// </summary>
    private readonly record struct Cost(long Operators, long Saved, long Net, long Strings = 0)
    {
        public static Cost None => default;

        /// <summary>These operators, then <paramref name="next"/>.</summary>
        public Cost Then(Cost next) =>
            new(Operators + next.Operators, Math.Max(Saved, Net + next.Saved), Math.Max(0, Net + next.Net), Strings + next.Strings);

        public bool IsOver => Operators > MaxOperators || Saved > MaxSavedStates || Strings > MaxStringBytes;
    }

    /// <summary>
    /// The costs of content streams, a form's once for each page's resources it is drawn with (a name its own resources
    /// lack is the page's), so that a form drawn a million times is counted once.
    /// </summary>
    private sealed class Drawing(IPdfTokenScanner scanner, UglyToad.PdfPig.Filters.ILookupFilterProvider filters)
    {
        private readonly Dictionary<(IndirectReference Form, DictionaryToken? Page), Cost> _forms = [];

        /// <summary>
        /// The cost of a stream's operators: q saves a state, Q restores one, Do of a form saves one, runs the form's and
        /// restores it. <paramref name="own"/> are the stream's resources (a form's), <paramref name="page"/> its page's.
        /// </summary>
        public Cost Of(StreamToken stream, DictionaryToken? page, DictionaryToken? own, int depth)
        {
            ReadOnlyMemory<byte> content;
            try
            {
                content = stream.Decode(filters, scanner);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Cost.None; // PdfPig cannot decode it either: the page reading it says so
            }
            var cost = Cost.None;
            var operators = new PdfContentOperators(content);
            while (!cost.IsOver && operators.Next() is { } op)
            {
                cost = cost.Then(new Cost(0, 0, 0, operators.StringBytes)).Then(op switch
                {
                    PdfContentOperators.Operator.Save => new Cost(1, 1, 1),
                    PdfContentOperators.Operator.Restore => new Cost(1, 0, -1),
                    PdfContentOperators.Operator.Draw when depth < PdfFormNesting.MaxDepth && Form(operators.LastName, page, own) is { } form =>
                        new Cost(1, 1, 1).Then(FormCost(form, page, depth + 1)).Then(new Cost(0, 0, -1)),
                    _ => new Cost(1, 0, 0),
                });
            }
            return cost;
        }

        private Cost FormCost((IndirectReference Reference, StreamToken Stream) form, DictionaryToken? page, int depth)
        {
            if (_forms.TryGetValue((form.Reference, page), out var known)) return known;
            _forms[(form.Reference, page)] = Cost.None; // drawn within itself: PdfFormNesting refuses that first
            return _forms[(form.Reference, page)] = Of(form.Stream, page, Resolve(form.Stream.StreamDictionary.Data.GetValueOrDefault("Resources")) as DictionaryToken, depth);
        }

        /// <summary>The form a name draws: by the stream's own resources, or else the page's.</summary>
        private (IndirectReference, StreamToken)? Form(string? name, DictionaryToken? page, DictionaryToken? own)
        {
            if (name is null) return null;
            var named = XObject(own, name) ?? XObject(page, name);
            return named is IndirectReferenceToken reference && Resolve(named) is StreamToken stream
                   && stream.StreamDictionary.Data.GetValueOrDefault("Subtype") is NameToken { Data: "Form" }
                ? (reference.Data, stream)
                : null;
        }

        private IToken? XObject(DictionaryToken? resources, string name) =>
            resources is not null && Resolve(resources.Data.GetValueOrDefault("XObject")) is DictionaryToken xobjects ? xobjects.Data.GetValueOrDefault(name) : null;

        private IToken? Resolve(IToken? token) => PdfTokens.Resolve(token, scanner);
    }

    /// <summary>Every page's dictionary in page order, with the resources it has or inherits from the page tree.</summary>
    public static IEnumerable<(DictionaryToken Page, DictionaryToken? Resources)> Pages(Structure structure)
    {
        var scanner = structure.TokenScanner;
        var seen = new HashSet<IndirectReference>();
        var pending = new Stack<(IToken? Node, DictionaryToken? Resources)>();
        pending.Push((structure.Catalog.CatalogDictionary.Data.GetValueOrDefault("Pages"), null));
        while (pending.TryPop(out var next))
        {
            if (next.Node is IndirectReferenceToken reference && !seen.Add(reference.Data)) continue;
            if (PdfTokens.Resolve(next.Node, scanner) is not DictionaryToken node) continue;
            var resources = PdfTokens.Resolve(node.Data.GetValueOrDefault("Resources"), scanner) as DictionaryToken ?? next.Resources;
            if (PdfTokens.Resolve(node.Data.GetValueOrDefault("Kids"), scanner) is ArrayToken kids)
            {
                for (var i = kids.Data.Count - 1; i >= 0; i--) pending.Push((kids.Data[i], resources));
                continue;
            }
            yield return (node, resources);
        }
    }

    /// <summary>A page's content streams: one, or an array of them drawn one after another.</summary>
    public static IEnumerable<StreamToken> Contents(DictionaryToken page, IPdfTokenScanner scanner) =>
        PdfTokens.Resolve(page.Data.GetValueOrDefault("Contents"), scanner) switch
        {
            StreamToken stream => [stream],
            ArrayToken array => array.Data.Select(token => PdfTokens.Resolve(token, scanner)).OfType<StreamToken>(),
            _ => [],
        };
}
