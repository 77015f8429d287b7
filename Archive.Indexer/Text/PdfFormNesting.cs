using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Archive.Indexer.Text;

/// <summary>
/// Forms (form XObjects: drawings kept once and drawn by name, each of which may draw others) that draw one another in a
/// loop, or within one another deeper than any writer nests them. PdfPig leaves out a form that draws itself by a name of
/// its own resources, but follows one that draws itself by its page's, two that draw each other, or a chain of thousands,
/// by recursion until the reader process's stack overflows. Found
/// before a page is read: the forms the page tree's resources name, and whom each draws by the names in its content. A
/// name a form's own resources lack is the page's (one form drawn by pages of different resources is looked at for each),
/// and one the page lacks too is taken as any form of that name: writers reuse names (Fm0 on every page) for other forms.
/// </summary>
internal static partial class PdfFormNesting
{
    /// <summary>Forms drawn within forms at most; writers nest a few (a page imported into a page, a logo in that).</summary>
    public const int MaxDepth = 32;

    /// <summary>What is wrong with the forms the PDF's pages draw (a loop, or too deep), or null.</summary>
    public static string? Find(PdfDocument pdf)
    {
        var (forms, pages) = Forms(pdf.Structure);
        var drawn = new Dictionary<Drawing, List<Drawing>>();
        var starts = pages.SelectMany(page => page.Values.Where(forms.ContainsKey).Select(form => new Drawing(form, page)));
        return Deepest([.. starts.Distinct()], Draws);

        List<Drawing> Draws(Drawing drawing) =>
            drawn.TryGetValue(drawing, out var draws) ? draws : drawn[drawing] = forms[drawing.Form].Drawn(drawing, forms);
    }

    /// <summary>A form drawn on a page: the forms its page's resources name (the same dictionary for pages sharing it).</summary>
    private readonly record struct Drawing(IndirectReference Form, Dictionary<string, IndirectReference> Page);

    /// <summary>
    /// One form: the names its content draws, the forms its own resources name (null: it has none), and those all resources
    /// name. A form drawing itself by a name of its own resources is left out of the forms it draws, as PdfPig leaves it.
    /// </summary>
    private sealed record Form(IReadOnlyList<string> Draws, Dictionary<string, IndirectReference>? Own, Dictionary<string, HashSet<IndirectReference>> ByName)
    {
        public List<Drawing> Drawn(Drawing self, Dictionary<IndirectReference, Form> forms) =>
            [.. Draws.SelectMany(name => Named(name, self)).Distinct().Where(forms.ContainsKey).Select(form => self with { Form = form })];

        private IEnumerable<IndirectReference> Named(string name, Drawing self) =>
            Own?.GetValueOrDefault(name) is { } own ? own == self.Form ? [] : [own]
            : self.Page.GetValueOrDefault(name) is { } page ? [page]
            : ByName.GetValueOrDefault(name) ?? [];
    }

    /// <summary>Every form the page tree's resources and those of the forms in them name, by its object; the page tree's resources.</summary>
    private static (Dictionary<IndirectReference, Form> Forms, List<Dictionary<string, IndirectReference>> Pages) Forms(Structure structure)
    {
        var pages = new List<Dictionary<string, IndirectReference>>();
        var scanner = structure.TokenScanner;
        var byName = new Dictionary<string, HashSet<IndirectReference>>();
        var forms = new Dictionary<IndirectReference, Form>();
        // Nodes of the page tree, and forms (their object, not the node's token).
        var pending = new Stack<(IToken? Node, IndirectReference? Form)>();
        var seen = new HashSet<IndirectReference>();
        pending.Push((structure.Catalog.CatalogDictionary.Data.GetValueOrDefault("Pages"), null));
        while (pending.TryPop(out var next))
        {
            if (next.Form is { } form)
            {
                if (!seen.Add(form) || PdfTokens.Resolve(new IndirectReferenceToken(form), scanner) is not StreamToken stream) continue;
                var own = XObjects(stream.StreamDictionary, scanner);
                forms[form] = new Form(DrawnNames(stream, structure), own, byName);
                Register(own);
                continue;
            }
            if (next.Node is IndirectReferenceToken reference && !seen.Add(reference.Data)) continue;
            if (PdfTokens.Resolve(next.Node, scanner) is not DictionaryToken node) continue;
            var resources = XObjects(node, scanner);
            if (resources is not null) pages.Add(resources);
            Register(resources);
            if (PdfTokens.Resolve(node.Data.GetValueOrDefault("Kids"), scanner) is ArrayToken kids)
                foreach (var kid in kids.Data) pending.Push((kid, null));
        }
        return (forms, pages);

        void Register(Dictionary<string, IndirectReference>? xobjects)
        {
            foreach (var (name, form) in xobjects ?? [])
            {
                if (!byName.TryGetValue(name, out var named)) byName[name] = named = [];
                named.Add(form);
                pending.Push((null, form));
            }
        }
    }

    /// <summary>The forms a dictionary's resources name (XObjects that are streams of subtype Form); null without resources.</summary>
    private static Dictionary<string, IndirectReference>? XObjects(DictionaryToken dictionary, IPdfTokenScanner scanner)
    {
        if (PdfTokens.Resolve(dictionary.Data.GetValueOrDefault("Resources"), scanner) is not DictionaryToken resources) return null;
        var named = new Dictionary<string, IndirectReference>();
        if (PdfTokens.Resolve(resources.Data.GetValueOrDefault("XObject"), scanner) is not DictionaryToken xobjects) return named;
        foreach (var (name, token) in xobjects.Data)
            if (token is IndirectReferenceToken reference && PdfTokens.Resolve(token, scanner) is StreamToken stream
                && stream.StreamDictionary.Data.GetValueOrDefault("Subtype") is NameToken { Data: "Form" })
                named[name] = reference.Data;
        return named;
    }

    /// <summary>The names a form's content draws (the operand of each Do); none when its content cannot be decoded.</summary>
    private static List<string> DrawnNames(StreamToken form, Structure structure)
    {
        string content;
        try
        {
            content = Encoding.Latin1.GetString(form.Decode(structure.FilterProvider, structure.TokenScanner).Span);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return []; // PdfPig cannot decode it either: it draws nothing
        }
        return [.. Invocation().Matches(content).Select(m => PdfTokens.Name(m.Groups[1].Value)).Distinct()];
    }

    /// <summary>
    /// The longest chain of forms drawn within one another, walked with a stack of steps rather than calls; the loop or
    /// the chain past <see cref="MaxDepth"/> in words, or null.
    /// </summary>
    private static string? Deepest(List<Drawing> starts, Func<Drawing, List<Drawing>> draws)
    {
        var depth = new Dictionary<Drawing, int>(); // below each form looked at: how deep it nests
        var path = new HashSet<Drawing>();
        foreach (var start in starts)
        {
            if (depth.ContainsKey(start)) continue;
            var steps = new Stack<(Drawing Form, int Next)>();
            steps.Push((start, 0));
            path.Add(start);
            while (steps.TryPop(out var step))
            {
                var drawn = draws(step.Form);
                if (step.Next < drawn.Count)
                {
                    steps.Push((step.Form, step.Next + 1));
                    var next = drawn[step.Next];
                    if (path.Contains(next)) return $"its form {Object(next.Form)} draws itself{(next == step.Form ? "" : $" through {Object(step.Form.Form)}")}, a loop";
                    if (depth.ContainsKey(next)) continue;
                    if (steps.Count >= MaxDepth) return $"its forms are drawn within one another more than {MaxDepth} deep (from {Object(start.Form)})";
                    path.Add(next);
                    steps.Push((next, 0));
                    continue;
                }
                depth[step.Form] = 1 + drawn.Select(d => depth.GetValueOrDefault(d)).DefaultIfEmpty().Max();
                if (depth[step.Form] > MaxDepth) return $"its forms are drawn within one another more than {MaxDepth} deep (from {Object(step.Form.Form)})";
                path.Remove(step.Form);
            }
        }
        return null;
    }

    private static string Object(IndirectReference reference) => $"{reference.ObjectNumber} {reference.Generation} R";

    /// <summary>A name operand and the Do operator that draws it.</summary>
    [GeneratedRegex(@"/([^\s/\[\]()<>{}%]+)\s*Do(?![^\s/\[\]()<>{}%])")]
    private static partial Regex Invocation();
}
