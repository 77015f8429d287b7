using Archive.Indexer.Chinese;
using System.Text;

namespace Archive.Indexer.Search.Syntax;

/// <summary>
/// Reads the archive's query syntax (docs/query-syntax.md). It never throws: whatever it cannot read becomes a
/// warning that says where and why, and the query falls back to plain words. Wildcards and regular expressions are
/// not expanded (substring matching already covers what people use them for): their operators are dropped.
/// </summary>
internal static partial class QuerySyntaxParser
{
    /// <summary>Longer queries are cut here: nobody types more, and it bounds the work a query can cause.</summary>
    public const int MaxQueryLength = SearchRequest.MaxQueryLength;
    public const int MaxClauses = 32;

    public static ParsedQuery Parse(string? text)
    {
        var warnings = new List<string>();
        var ignoredFilters = new List<string>();
        text = text is null ? null : InvisibleText.Without(text); // 党\u200B建, pasted from a chat, is 党建
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedQuery(null, warnings, ignoredFilters);
        }
        if (text.Length > MaxQueryLength)
        {
            warnings.Add($"查询超过 {MaxQueryLength} 个字符，只按前 {MaxQueryLength} 个字符搜索。");
            text = text[..MaxQueryLength];
        }
        // A run of letters or digits longer than a word the index keeps is searched by its first part, which no article
        // holds as a word, so it finds nothing; dropped, it would leave nothing to search and browse the whole archive.
        if (OverlongRun().IsMatch(text))
        {
            warnings.Add($"连续 {BufferedTokenizer.MaxTokenLength} 个以上的字母或数字不能作为一个词检索，只按前 {BufferedTokenizer.MaxTokenLength} 个搜索。");
            text = OverlongRun().Replace(text, m => m.Value[..BufferedTokenizer.MaxTokenLength]);
        }
        // Ideographs typed one by one with spaces between (党 建 引 领 基 层 治 理, or letter-spaced text pasted from a
        // slide or a PDF) are one run of text: searched apart, each was a character found inside any word.
        text = LetterSpaced().Replace(text, m => string.Concat(m.Value.Where(c => !char.IsWhiteSpace(c))));
        var lexemes = new Lexer(CitedNumbers.CloseUp(text), warnings, ignoredFilters).Run();
        var parser = new Parser(lexemes, warnings, ignoredFilters);
        var root = parser.ParseAll();
        return new ParsedQuery(root, warnings, ignoredFilters);
    }

    private enum LexemeKind { Word, Phrase, Field, Open, Close, Or, Not, Required }

    private sealed record Lexeme(LexemeKind Kind, string Text, int Position, QueryField Field = QueryField.Text, bool Quoted = false);

    private sealed class Lexer(string text, List<string> warnings, List<string> ignoredFilters)
    {
        private readonly List<Lexeme> _lexemes = [];
        private int _i;
        private bool _warnedWildcard;
        private bool _warnedRegex;
        private bool _warnedModifier;

        public List<Lexeme> Run()
        {
            while (_i < text.Length)
            {
                var c = text[_i];
                if (char.IsWhiteSpace(c))
                {
                    _i++;
                }
                else if (c == '(')
                {
                    _lexemes.Add(new Lexeme(LexemeKind.Open, "(", _i++));
                }
                else if (c == ')')
                {
                    _lexemes.Add(new Lexeme(LexemeKind.Close, ")", _i++));
                }
                else if (c == '|')
                {
                    while (_i < text.Length && text[_i] == '|') _i++;
                    _lexemes.Add(new Lexeme(LexemeKind.Or, "|", _i));
                }
                else if (IsQuote(c))
                {
                    ReadPhrase(QueryField.Text, null);
                }
                else if ((c == '-' || c == '+') && (_i + 1 == text.Length || char.IsWhiteSpace(text[_i + 1])))
                {
                    _i++;
                }
                else if ((c == '-' || c == '+') && text[_i + 1] != c)
                {
                    _lexemes.Add(new Lexeme(c == '-' ? LexemeKind.Not : LexemeKind.Required, c.ToString(), _i));
                    _i++;
                }
                else
                {
                    ReadWord();
                }
            }
            return _lexemes;
        }

        /// <summary>Quotes as typed in Chinese: “…”, 「…」 (traditional script's, and what some input methods give).</summary>
        private static bool IsQuote(char c) => c is '"' or '“' or '”' or '＂' or '「' or '」';

        private static bool EndsWord(char c) => char.IsWhiteSpace(c) || c is '(' or ')' or '|' or '"' or '＂';

        private void ReadPhrase(QueryField field, string? fieldName)
        {
            var start = _i;
            _i++;
            var close = _i;
            while (close < text.Length && !IsQuote(text[close])) close++;
            if (close >= text.Length)
            {
                warnings.Add($"第 {start + 1} 个字符处的引号没有配对，后面的内容按普通词语搜索。");
                // 标题:"连心卡 still asks for a title: the word after the quote stays the field's value.
                if (fieldName is not null) ReadFieldWord(field, fieldName);
                return;
            }
            var phrase = text[_i..close].Trim();
            _i = close + 1;
            // A proximity or boost after the quote ("党员 教育"~5, "党员"^2) is dropped, not searched as a number.
            var modifier = Modifier().Match(text, _i);
            if (modifier.Success && modifier.Index == _i)
            {
                WarnModifier(modifier.Value, _i);
                _i += modifier.Length;
            }
            if (phrase.Length == 0)
            {
                if (fieldName is not null) IgnoreFilter($"“{fieldName}:”后面没有内容，已忽略。");
                return;
            }
            _lexemes.Add(fieldName is null
                ? new Lexeme(LexemeKind.Phrase, phrase, start)
                : new Lexeme(LexemeKind.Field, phrase, start, field, Quoted: true));
        }

        private void ReadFieldWord(QueryField field, string fieldName)
        {
            var start = _i;
            while (_i < text.Length && !EndsWord(text[_i])) _i++;
            if (_i > start) AddWord(LexemeKind.Field, text[start.._i], start, field);
            else IgnoreFilter($"“{fieldName}:”后面没有内容，已忽略。");
        }

        private void ReadWord()
        {
            var start = _i;
            while (_i < text.Length && !EndsWord(text[_i])) _i++;
            var word = text[start.._i];
            switch (word)
            {
                case "OR" or "或":
                    _lexemes.Add(new Lexeme(LexemeKind.Or, word, start));
                    return;
                case "AND" or "&&":
                    return;
                case "NOT":
                    _lexemes.Add(new Lexeme(LexemeKind.Not, word, start));
                    return;
            }

            var colon = word.IndexOfAny([':', '：']);
            if (colon > 0)
            {
                var name = word[..colon];
                var value = word[(colon + 1)..];
                if (QueryFieldNames.TryResolve(name, out var field))
                {
                    // A value may open with any quote: "…" ends the word before it, “…” and 「…」 do not.
                    if (value.Length == 0 ? _i < text.Length && IsQuote(text[_i]) : IsQuote(value[0]))
                    {
                        _i = start + colon + 1;
                        ReadPhrase(field, name);
                    }
                    else if (value.Length == 0)
                    {
                        IgnoreFilter($"“{name}:”后面没有内容，已忽略。");
                    }
                    else
                    {
                        AddWord(LexemeKind.Field, value, start, field);
                    }
                    return;
                }
                if (IsAsciiName(name) && !value.StartsWith("//", StringComparison.Ordinal))
                {
                    IgnoreFilter(value.Length > 0
                        ? $"没有名为“{name}”的字段，只按“{value}”搜索。可用的字段见查询语法说明。"
                        : $"没有名为“{name}”的字段，已忽略。可用的字段见查询语法说明。");
                    AddWord(LexemeKind.Word, value, start, QueryField.Text);
                    return;
                }
            }
            AddWord(LexemeKind.Word, word, start, QueryField.Text);
        }

        /// <summary>A field filter that cannot be applied (no such field, no value): said, and kept apart for the answers that have no room to say it.</summary>
        private void IgnoreFilter(string warning) => FieldValueReader.Ignored(warning, warnings, ignoredFilters);

        private void AddWord(LexemeKind kind, string word, int position, QueryField field)
        {
            // A date's ~ separates a range (日期:2022-01-01~2022-06-30), as its full-width twin does; other operators go.
            var cleaned = StripOperators(field is QueryField.Year or QueryField.Date ? word.Replace('~', '～') : word, position);
            if (cleaned.Length > 0)
            {
                _lexemes.Add(new Lexeme(kind, cleaned, position, field));
            }
        }

        /// <summary>Drops boosts and fuzziness (党员^2, 党员~1) with their numbers, and wildcard and regular-expression operators, saying so once each.</summary>
        private string StripOperators(string word, int position)
        {
            if (word.Contains('~') && NumberRange().IsMatch(word))
            {
                // 2020~2023 is a range as people write one, not a fuzziness: both numbers are searched.
                warnings.Add($"“{word}”按“{word.Replace('~', ' ')}”两个词搜索；日期范围请写成 日期:{word.Replace("~", "..")}。");
                return word.Replace('~', ' ');
            }
            if (word.IndexOfAny(['~', '^']) >= 0 && Modifier().Match(word) is { Success: true } modifier)
            {
                WarnModifier(modifier.Value, position + modifier.Index);
                word = Modifier().Replace(word, "");
            }
            if (word.Length > 2 && word[0] == '/' && word[^1] == '/')
            {
                if (!_warnedRegex)
                {
                    warnings.Add($"不支持正则表达式（第 {position + 1} 个字符处）：“{word}”按其中的文字搜索。");
                    _warnedRegex = true;
                }
                word = word[1..^1];
            }
            if (word.IndexOfAny(['*', '?', '？', '~', '^']) < 0)
            {
                return word;
            }
            var kept = new StringBuilder(word.Length);
            foreach (var c in word)
            {
                if (c is not ('*' or '?' or '？' or '~' or '^')) kept.Append(c);
            }
            var result = kept.ToString();
            if (!_warnedWildcard)
            {
                warnings.Add(result.Length > 0
                    ? $"不支持通配符（第 {position + 1} 个字符处）：“{word}”按“{result}”搜索，搜索本来就会找到包含它的更长词语。"
                    : $"不支持通配符（第 {position + 1} 个字符处），已忽略“{word}”。");
                _warnedWildcard = true;
            }
            return result;
        }

        private void WarnModifier(string modifier, int position)
        {
            if (_warnedModifier) return;
            warnings.Add($"不支持权重、模糊和邻近语法（第 {position + 1} 个字符处的“{modifier}”），已忽略。");
            _warnedModifier = true;
        }

        private static bool IsAsciiName(string name) => name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_');
    }

    private sealed class Parser(List<Lexeme> lexemes, List<string> warnings, List<string> ignoredFilters)
    {
        /// <summary>Parentheses and exclusions nest this deep at most; deeper ones are ignored, so no query can exhaust the stack.</summary>
        private const int MaxDepth = 32;
        private int _next;
        private int _clauses;
        private bool _warnedClauses;
        private int _depth;
        private bool _warnedDepth;

        private Lexeme? Peek => _next < lexemes.Count ? lexemes[_next] : null;

        public QueryNode? ParseAll()
        {
            var parts = new List<QueryNode>();
            while (Peek is not null)
            {
                if (Peek.Kind == LexemeKind.Close)
                {
                    warnings.Add($"第 {Peek.Position + 1} 个字符处的右括号没有对应的左括号，已忽略。");
                    _next++;
                    continue;
                }
                var node = ParseOr();
                if (node is not null) parts.Add(node);
            }
            return Combine(parts, all: true);
        }

        private QueryNode? ParseOr()
        {
            var alternatives = new List<QueryNode>();
            var first = ParseAnd();
            if (first is not null) alternatives.Add(first);
            while (Peek is { Kind: LexemeKind.Or } or)
            {
                _next++;
                var next = ParseAnd();
                if (next is null)
                {
                    warnings.Add($"第 {or.Position + 1} 个字符处的 OR 后面没有词语，已忽略。");
                }
                else
                {
                    if (alternatives.Count == 0) warnings.Add($"第 {or.Position + 1} 个字符处的 OR 前面没有词语，已忽略。");
                    alternatives.Add(next);
                }
            }
            return Combine(alternatives, all: false);
        }

        private QueryNode? ParseAnd()
        {
            var items = new List<QueryNode>();
            while (Peek is { Kind: not (LexemeKind.Or or LexemeKind.Close) })
            {
                var node = ParseUnary();
                if (node is not null) items.Add(node);
            }
            return Combine(items, all: true);
        }

        private QueryNode? ParseUnary()
        {
            var lexeme = Peek!;
            if (lexeme.Kind == LexemeKind.Required)
            {
                _next++;
                // +word: a word that must match; before anything else (a filter, a group) the + changes nothing.
                var required = Peek is null or { Kind: LexemeKind.Or or LexemeKind.Close } ? null : ParseUnary();
                return required is TextNode { Field: QueryField.Text } word ? word with { Required = true } : required;
            }
            if (lexeme.Kind != LexemeKind.Not)
            {
                return ParsePrimary();
            }
            _next++;
            if (Peek is null or { Kind: LexemeKind.Or or LexemeKind.Close })
            {
                warnings.Add($"第 {lexeme.Position + 1} 个字符处的“{lexeme.Text}”后面没有要排除的词语，已忽略。");
                return null;
            }
            if (TooDeep())
            {
                while (Peek is { Kind: LexemeKind.Not }) _next++;
                return Peek is null or { Kind: LexemeKind.Or or LexemeKind.Close } ? null : ParsePrimary();
            }
            _depth++;
            var inner = ParseUnary();
            _depth--;
            return inner is null ? null : new NotNode(inner);
        }

        private bool TooDeep()
        {
            if (_depth < MaxDepth) return false;
            if (!_warnedDepth)
            {
                warnings.Add($"括号或排除符号嵌套超过 {MaxDepth} 层，更深的已忽略。");
                _warnedDepth = true;
            }
            return true;
        }

        private QueryNode? ParsePrimary()
        {
            var lexeme = Peek!;
            _next++;
            switch (lexeme.Kind)
            {
                case LexemeKind.Open when TooDeep():
                    return null;
                case LexemeKind.Open:
                    _depth++;
                    var inner = ParseOr();
                    _depth--;
                    if (Peek is { Kind: LexemeKind.Close })
                    {
                        _next++;
                    }
                    else
                    {
                        warnings.Add($"第 {lexeme.Position + 1} 个字符处的左括号没有配对，括号已忽略。");
                    }
                    return inner;
                case LexemeKind.Word or LexemeKind.Phrase when CitedNumbers.IsNumberWithoutIssuer(lexeme.Text):
                    warnings.Add($"“{lexeme.Text}”按文号查找（{QueryFieldNames.Canonical(QueryField.DocNumber)}:{lexeme.Text}）；要查正文里的数字，请去掉括号。");
                    return Count(new TextNode(lexeme.Text, lexeme.Kind == LexemeKind.Phrase, QueryField.DocNumber));
                case LexemeKind.Word:
                    return Written(lexeme.Text);
                case LexemeKind.Phrase:
                    return Count(Phrase(lexeme.Text, QueryField.Text));
                case LexemeKind.Field:
                    return Count(FieldValueReader.Read(lexeme.Field, lexeme.Text, lexeme.Quoted, warnings, ignoredFilters));
                default:
                    return null;
            }
        }

        /// <summary>
        /// A word with a numbered slogan typed with digits in it, as the texts write it (<see cref="NumberedSlogans"/>),
        /// saying so when it is searched (a clause over the limit is not).
        /// </summary>
        private QueryNode? Written(string word)
        {
            var written = NumberedSlogans.Written(word);
            var node = Count(new TextNode(written, Phrase: false));
            if (node is not null && written != word) warnings.Add($"“{word}”按“{written}”查找。");
            return node;
        }

        private QueryNode? Count(QueryNode? node)
        {
            if (node is null) return null;
            if (++_clauses <= MaxClauses) return node;
            if (!_warnedClauses)
            {
                warnings.Add($"查询的条件超过 {MaxClauses} 个，只用前 {MaxClauses} 个。");
                _warnedClauses = true;
            }
            return null;
        }

        private static QueryNode? Combine(List<QueryNode> nodes, bool all) => nodes.Count switch
        {
            0 => null,
            1 => nodes[0],
            _ => all ? new AllOfNode(nodes) : new AnyOfNode(nodes),
        };
    }

    /// <summary>Two numbers joined by a tilde, as a range is written: 2020~2023.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]+~[0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex NumberRange();

    /// <summary>Lucene's boost and fuzziness or proximity suffixes with their numbers: ^2, ^0.5, ~, ~2.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[\^~][0-9]*(?:\.[0-9]+)?(?=$|[\s()|""＂])")]
    private static partial System.Text.RegularExpressions.Regex Modifier();

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z0-9]{256,}")]
    private static partial System.Text.RegularExpressions.Regex OverlongRun();

    /// <summary>
    /// A phrase, in the text or a field's value (标题:"党建 引领"); one with a space between two ideographs also as the
    /// words together: Chinese is written without spaces (党建引领), though a title may set one between its halves
    /// (凝心聚力 共谋发展), found as typed.
    /// </summary>
    public static QueryNode Phrase(string phrase, QueryField field)
    {
        var together = SpaceBetweenIdeographs().Replace(phrase, "");
        return together == phrase
            ? new TextNode(phrase, Phrase: true, field)
            : new AnyOfNode([new TextNode(phrase, Phrase: true, field), new TextNode(together, Phrase: true, field)]);
    }

    /// <summary>
    /// An ideograph: of the main block, of extension A (䶮 of a name, U+4DAE) or beyond the BMP (𠮷, extensions B to
    /// I: a surrogate pair of planes 2 and 3), as GB18030 holds them all; the main block alone left a phrase's 王䶮 同志 unjoined.
    /// </summary>
    private const string Ideograph = @"(?:[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}]|[\uD840-\uD8BF][\uDC00-\uDFFF])";

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=" + Ideograph + @")\s+(?=" + Ideograph + ")")]
    private static partial System.Text.RegularExpressions.Regex SpaceBetweenIdeographs();

    /// <summary>Three or more ideographs each standing alone between spaces (two, 乡 村, may be two words meant apart).</summary>
    [System.Text.RegularExpressions.GeneratedRegex("(?<!" + Ideograph + ")" + Ideograph + @"(?:[ \u3000]+" + Ideograph + "){2,}(?!" + Ideograph + ")")]
    private static partial System.Text.RegularExpressions.Regex LetterSpaced();
}

/// <summary>
/// A query read off its text: the tree (null to browse everything) and what could not be read; among the warnings, the
/// field filters that were not applied (an unknown field, no value, a value that is no date or issue), with which the
/// query finds more than it says.
/// </summary>
internal sealed record ParsedQuery(QueryNode? Root, IReadOnlyList<string> Warnings, IReadOnlyList<string> IgnoredFilters)
{
    public string Describe() => Root?.Describe() ?? "";
}
