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
/// form without resources of its own draws from those of whoever draws it: its names are taken as any form of that name.
/// </summary>
internal static partial class PdfFormNesting
{
    /// <summary>Forms drawn within forms at most; writers nest a few (a page imported into a page, a logo in that).</summary>
    public const int MaxDepth = 32;

    /// <summary>What is wrong with the forms the PDF's pages draw (a loop, or too deep), or null.</summary>
    public static string? Find(PdfDocument pdf)
    {
        var forms = Forms(pdf.Structure);
        var draws = forms.ToDictionary(f => f.Key, f => f.Value.Drawn(f.Key, forms));
        return Deepest(draws);
    }

    /// <summary>
    /// One form: the names its content draws, the forms its own resources name (null: it has none), and those all resources
    /// name. A form drawing itself by a name of its own resources is left out of the forms it draws, as PdfPig leaves it.
    /// </summary>
    private sealed record Form(IReadOnlyList<string> Draws, Dictionary<string, IndirectReference>? Own, Dictionary<string, HashSet<IndirectReference>> ByName)
    {
        public List<IndirectReference> Drawn(IndirectReference self, Dictionary<IndirectReference, Form> forms) =>
            [.. Draws.SelectMany(name => Named(name, self)).Distinct().Where(forms.ContainsKey)];

        private IEnumerable<IndirectReference> Named(string name, IndirectReference self) =>
            Own?.GetValueOrDefault(name) is { } own ? own == self ? [] : [own] : ByName.GetValueOrDefault(name) ?? [];
    }

    /// <summary>Every form the page tree's resources and those of the forms in them name, by its object.</summary>
    private static Dictionary<IndirectReference, Form> Forms(Structure structure)
    {
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
                if (!seen.Add(form) || Resolve(new IndirectReferenceToken(form), scanner) is not StreamToken stream) continue;
                var own = XObjects(stream.StreamDictionary, scanner);
                forms[form] = new Form(DrawnNames(stream, structure), own, byName);
                Register(own);
                continue;
            }
            if (next.Node is IndirectReferenceToken reference && !seen.Add(reference.Data)) continue;
            if (Resolve(next.Node, scanner) is not DictionaryToken node) continue;
            Register(XObjects(node, scanner));
            if (Resolve(node.Data.GetValueOrDefault("Kids"), scanner) is ArrayToken kids)
                foreach (var kid in kids.Data) pending.Push((kid, null));
        }
        return forms;

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
        if (Resolve(dictionary.Data.GetValueOrDefault("Resources"), scanner) is not DictionaryToken resources) return null;
        var named = new Dictionary<string, IndirectReference>();
        if (Resolve(resources.Data.GetValueOrDefault("XObject"), scanner) is not DictionaryToken xobjects) return named;
        foreach (var (name, token) in xobjects.Data)
            if (token is IndirectReferenceToken reference && Resolve(token, scanner) is StreamToken stream
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
        return [.. Invocation().Matches(content).Select(m => Name(m.Groups[1].Value)).Distinct()];
    }

    /// <summary>A name as written (#xx stands for a byte) as read.</summary>
    private static string Name(string written) =>
        written.Contains('#') ? HexEscape().Replace(written, m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString()) : written;

    /// <summary>
    /// The longest chain of forms drawn within one another, walked with a stack of steps rather than calls; the loop or
    /// the chain past <see cref="MaxDepth"/> in words, or null.
    /// </summary>
    private static string? Deepest(Dictionary<IndirectReference, List<IndirectReference>> draws)
    {
        var depth = new Dictionary<IndirectReference, int>(); // below each form looked at: how deep it nests
        var path = new HashSet<IndirectReference>();
        foreach (var start in draws.Keys)
        {
            if (depth.ContainsKey(start)) continue;
            var steps = new Stack<(IndirectReference Form, int Next)>();
            steps.Push((start, 0));
            path.Add(start);
            while (steps.TryPop(out var step))
            {
                var drawn = draws[step.Form];
                if (step.Next < drawn.Count)
                {
                    steps.Push((step.Form, step.Next + 1));
                    var next = drawn[step.Next];
                    if (path.Contains(next)) return $"its form {Object(next)} draws itself{(next == step.Form ? "" : $" through {Object(step.Form)}")}, a loop";
                    if (depth.ContainsKey(next)) continue;
                    if (steps.Count >= MaxDepth) return $"its forms are drawn within one another more than {MaxDepth} deep (from {Object(start)})";
                    path.Add(next);
                    steps.Push((next, 0));
                    continue;
                }
                depth[step.Form] = 1 + drawn.Select(d => depth.GetValueOrDefault(d)).DefaultIfEmpty().Max();
                if (depth[step.Form] > MaxDepth) return $"its forms are drawn within one another more than {MaxDepth} deep (from {Object(step.Form)})";
                path.Remove(step.Form);
            }
        }
        return null;
    }

    private static string Object(IndirectReference reference) => $"{reference.ObjectNumber} {reference.Generation} R";

    private static IToken? Resolve(IToken? token, IPdfTokenScanner scanner)
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

    /// <summary>A name operand and the Do operator that draws it.</summary>
    [GeneratedRegex(@"/([^\s/\[\]()<>{}%]+)\s*Do(?![^\s/\[\]()<>{}%])")]
    private static partial Regex Invocation();

    [GeneratedRegex("#([0-9A-Fa-f]{2})")]
    private static partial Regex HexEscape();
}
