using Archive.Indexer.Chinese;
using Archive.Indexer.Search;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Tests.Parsing;

namespace Archive.Indexer.Tests.Search;

public sealed class HighlightTests(SampleArchive samples) : IClassFixture<SampleArchive>
{
    private static readonly TextAnalysis Analysis = TextAnalysis.For(ChineseLanguage.Shared);

    [Fact]
    public void Text_is_escaped_before_matches_are_marked()
    {
        var highlighter = new SnippetHighlighter(Analysis);
        var needles = highlighter.Prepare(["连心卡"]);

        var html = highlighter.MarkAll("<script>alert(1)</script> & “连心卡”", needles);

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; &amp; “<mark>连心卡</mark>”", html);
    }

    [Theory]
    [InlineData("党党党党党，红旗渠红旗渠红旗，党党", "<mark>党党党党党</mark>，<mark>红旗渠红旗渠红旗</mark>，党党")]
    [InlineData("红旗渠红 旗渠红旗，红旗渠红红旗渠红旗", "红旗渠红 旗渠红旗，红旗渠红<mark>红旗渠红旗</mark>")]
    public void Overlapping_occurrences_are_marked_and_a_run_broken_by_other_text_is_not(string text, string marked)
    {
        var highlighter = new SnippetHighlighter(Analysis);

        Assert.Equal(marked, highlighter.MarkAll(text, highlighter.Prepare(["党党党", "红旗渠红旗"])));
    }

    [Fact]
    public void Runs_of_ideographs_are_marked_in_real_text_where_the_analyzer_marks_them()
    {
        // Needles that are runs of ideographs are looked for in the folded text; a pinyin gloss in a text sends them
        // through the analyzer instead (a gloss may part a run). Either way the marks must be the same.
        var highlighter = new SnippetHighlighter(Analysis);
        var random = new Random(7);
        var compared = 0;
        foreach (var document in Corpus.All.Where(d => d.Path.EndsWith(".txt", StringComparison.Ordinal) && !d.Path.EndsWith(".gb.txt", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(document.Path);
            if (PinyinGlossCharFilter.HasGlosses(text)) continue;
            var runs = System.Text.RegularExpressions.Regex.Matches(text, @"\p{IsCJKUnifiedIdeographs}{2,}").Select(m => m.Value).ToList();
            if (runs.Count == 0) continue;
            var needles = Enumerable.Range(0, 4).Select(_ =>
            {
                var run = runs[random.Next(runs.Count)];
                var length = Math.Min(run.Length, 2 + random.Next(4));
                return run.Substring(random.Next(run.Length - length + 1), length);
            }).ToList();
            var prepared = highlighter.Prepare(needles);
            Assert.NotNull(prepared.IdeographRuns);

            Assert.Equal(highlighter.MarkAll(text, prepared) + " 黨(dǎng)", highlighter.MarkAll(text + "\n黨(dǎng)", prepared));
            compared++;
        }
        Assert.True(compared > 200, $"{compared} texts compared");
    }

    [Fact]
    public void An_article_of_one_character_repeated_gives_one_fragment_for_a_long_quote_of_it()
    {
        // Each of its 100,000 scanned characters began a match 398 terms deep, 0.7 s a hit: now one pass.
        var highlighter = new SnippetHighlighter(Analysis);

        var fragment = Assert.Single(highlighter.Fragments(new string('党', 5_000_000), highlighter.Prepare([new string('党', 400)])));

        Assert.StartsWith("<mark>党党", fragment);
    }

    [Fact]
    public void A_page_marks_the_query_as_the_result_list_does_but_not_field_filters_or_negated_words()
    {
        var marked = samples.Archive.MarkMatches("考察识别 \"疫情防控\" 栏目:市内信息 -核酸", ["在疫情防控一线考察识别干部，市内信息，核酸检测<b>"]);

        Assert.Equal("在<mark>疫情防控</mark>一线<mark>考察识别</mark>干部，市内信息，核酸检测&lt;b&gt;", Assert.Single(marked));
    }

    [Fact]
    public void A_page_marks_a_run_on_query_word_by_word_and_in_either_script()
    {
        var marked = samples.Archive.MarkMatches("考察识别幹部", ["注重在疫情防控工作中考察识别使用干部", "考察識別幹部"]);

        Assert.Contains("<mark>考察识别</mark>", marked[0]);
        Assert.Contains("<mark>干部</mark>", marked[0]);
        Assert.Contains("<mark>", marked[1]);
        Assert.Equal("考察識別幹部", marked[1].Replace("<mark>", "").Replace("</mark>", ""));
    }

    [Fact]
    public void A_character_of_a_longer_query_word_is_not_marked_inside_other_words()
    {
        var marked = samples.Archive.MarkMatches("村党组织书记", ["推进乡村振兴，村党组织书记带头，市委副书记出席"]);

        Assert.Equal("推进乡村振兴，<mark>村党组织书记</mark>带头，市委副<mark>书记</mark>出席", Assert.Single(marked));
    }

    [Fact]
    public void Characters_the_query_joins_into_one_word_are_marked_together()
    {
        // 连心服务 is cut 连 心 服务: 连心 is searched as one word, and marked where it matched.
        var marked = samples.Archive.MarkMatches("连心服务", ["党员与群众连心，上门开展服务"]);

        Assert.Equal("党员与群众<mark>连心</mark>，上门开展<mark>服务</mark>", Assert.Single(marked));
    }

    [Fact]
    public void A_character_typed_alone_is_marked_wherever_it_stands() =>
        Assert.Equal(["乡<mark>村</mark>振兴"], samples.Archive.MarkMatches("村", ["乡村振兴"]));

    [Fact]
    public void Without_a_query_a_page_is_escaped_text() =>
        Assert.Equal(["&lt;b&gt;干部"], samples.Archive.MarkMatches(null, ["<b>干部"]));

    [Fact]
    public void Fragments_are_at_most_three_of_about_120_characters_around_matches()
    {
        var highlighter = new SnippetHighlighter(Analysis);
        var filler = string.Concat(Enumerable.Repeat("各级党组织认真落实疫情防控各项部署要求。", 30));
        var text = filler + "建立临时党支部五十三个。" + filler + "临时党支部坚持二十四小时保障。" + filler;

        var fragments = highlighter.Fragments(text, highlighter.Prepare(["临时党支部"]));

        Assert.InRange(fragments.Count, 1, SnippetHighlighter.MaxFragments);
        Assert.All(fragments, f => Assert.InRange(f.Replace("<mark>", "").Replace("</mark>", "").Trim('…').Length, 10, SnippetHighlighter.FragmentLength));
        Assert.Equal(2, fragments.Count(f => f.Contains("<mark>临时党支部</mark>", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fragments_never_cut_a_surrogate_pair()
    {
        var highlighter = new SnippetHighlighter(Analysis);
        var text = string.Concat(Enumerable.Repeat("😀𠀀", 200)) + "连心卡" + string.Concat(Enumerable.Repeat("𠀀😀", 200));

        foreach (var fragment in highlighter.Fragments(text, highlighter.Prepare(["连心卡"])).Concat(highlighter.Fragments(text, highlighter.Prepare(["无此词"]))))
        {
            var plain = fragment.Replace("<mark>", "").Replace("</mark>", "").Trim('…');
            Assert.False(char.IsLowSurrogate(plain[0]));
            Assert.False(char.IsHighSurrogate(plain[^1]));
        }
    }

    [Fact]
    public void Words_and_phrases_are_marked_in_results_and_titles()
    {
        var hit = samples.Archive.Search(new SearchRequest { Query = "颍东 五项措施" }).Hits[0];

        Assert.Contains("<mark>五项措施</mark>", hit.TitleHtml);
        Assert.Contains("<mark>颍东</mark>", hit.TitleHtml);
        Assert.Contains(hit.Snippets, s => s.Contains("<mark>颍东</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_phrase_is_marked_whole()
    {
        var hit = samples.Archive.Search(new SearchRequest { Query = "\"临时党支部\"" }).Hits[0];

        Assert.Contains(hit.Snippets, s => s.Contains("<mark>临时党支部</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_highlights_titles_are_plain()
    {
        var hit = samples.Archive.Search(new SearchRequest { Query = "连心卡", WithHighlights = false }).Hits[0];

        Assert.Null(hit.TitleHtml);
        Assert.Empty(hit.Snippets);
    }
}
