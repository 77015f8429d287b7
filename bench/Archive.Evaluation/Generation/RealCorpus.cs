using System.Text;
using System.Text.Json;
using Archive.Indexer.Chinese;

namespace Archive.Evaluation.Generation;

/// <summary>An article of the real corpus: its kind, its title as printed (null when none) and its body's paragraphs.</summary>
internal sealed record RealArticle(string Kind, string? Title, IReadOnlyList<string> Paragraphs);

/// <summary>
/// The article texts of corpus/real (hand-labelled public documents): each article's body is the text from its
/// labelled first to its labelled last characters (body_start, body_end, matched ignoring white space), one
/// paragraph a line. Renderings (docx, pdf, composed html) and articles in traditional script are left out: the
/// first repeat a text, the second come from mirror sites that also insert pinyin glosses. The store these pages came from printed
/// ASCII , : ; ( ) ? ! where the documents had full-width forms; they are given back their full-width forms
/// beside Chinese characters, as printed bulletins have them.
/// </summary>
internal static class RealCorpus
{
    private static readonly string[] Folders = ["bulletins", "notices", "reports", "web", "newspapers"];

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "real");

    /// <param name="folding">Tells traditional script: a text that folding to simplified changes by 1% or more.</param>
    public static IReadOnlyList<RealArticle> Load(string folder, ScriptFolding folding)
    {
        var articles = new List<RealArticle>();
        foreach (var name in Folders)
        {
            var manifest = Path.Combine(folder, name, "manifest.json");
            if (!File.Exists(manifest)) throw new InvalidDataException($"{manifest} is missing: the real corpus (corpus/real) is copied beside the program when it is built.");
            using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
            foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                var file = document.GetProperty("file").GetString()!;
                if (!file.EndsWith(".txt", StringComparison.Ordinal) || Flag(document, "rendering_of")) continue;
                var bytes = File.ReadAllBytes(Path.Combine(folder, name, file));
                var text = file.EndsWith(".gb.txt", StringComparison.Ordinal) ? CorpusFileWriter.Gb18030.GetString(bytes) : Encoding.UTF8.GetString(bytes);
                var kind = document.GetProperty("kind").GetString()!;
                foreach (var article in document.GetProperty("articles").EnumerateArray())
                {
                    var paragraphs = Body(text.Replace("\r\n", "\n"), article.GetProperty("body_start").GetString(), article.GetProperty("body_end").GetString());
                    if (paragraphs.Count == 0 || Traditional(string.Concat(paragraphs), folding)) continue;
                    var title = article.GetProperty("title").GetString();
                    articles.Add(new RealArticle(kind, title is null ? null : FullWidth(title), paragraphs));
                }
            }
        }
        return articles;
    }

    private static bool Flag(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.False);

    private static bool Traditional(string text, ScriptFolding folding)
    {
        var folded = folding.Fold(text);
        var changed = text.Where((c, i) => folded[i] != c).Count();
        return changed * 100 >= text.Length;
    }

    /// <summary>The lines from the one holding <paramref name="start"/> to the one holding <paramref name="end"/>, cut at both.</summary>
    private static List<string> Body(string text, string? start, string? end)
    {
        if (string.IsNullOrEmpty(start) || string.IsNullOrEmpty(end)) return [];
        // Positions of the text's non-blank characters, so the labels are found whatever the line breaks.
        var kept = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i])) kept.Add(i);
        }
        var squeezed = string.Concat(kept.Select(i => text[i]));
        var last = Squeeze(end);
        var to = squeezed.LastIndexOf(last, StringComparison.Ordinal);
        // The last start before the end: a page's summary may repeat the body's first words above it.
        var from = to < 0 ? -1 : squeezed.LastIndexOf(Squeeze(start), to, StringComparison.Ordinal);
        if (from < 0) return [];
        var body = text[kept[from]..(kept[to + last.Length - 1] + 1)];
        // Lines without a Chinese character are the page's furniture (·3·, - 2 -), not text.
        return body.Split('\n').Select(line => FullWidth(line.Trim())).Where(line => line.Any(CharClass.IsHan)).ToList();
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>ASCII , : ; ( ) ? ! beside a Chinese character in their full-width forms.</summary>
    private static string FullWidth(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var wide = chars[i] switch { ',' => '，', ':' => '：', ';' => '；', '(' => '（', ')' => '）', '?' => '？', '!' => '！', _ => chars[i] };
            if (wide == chars[i]) continue;
            var before = i > 0 && CharClass.IsHan(text[i - 1]);
            var after = i + 1 < text.Length && (CharClass.IsHan(text[i + 1]) || text[i + 1] is '“' or '《');
            if (before || after) chars[i] = wide;
        }
        return new string(chars);
    }
}
