using System.Text.RegularExpressions;

namespace Portal.Domain.PlanImport;

/// <summary>An item of the outline with the joined text its targets are looked for in.</summary>
public sealed record OutlineItem(string Code, MappedText Text);

/// <summary>The document's outline: title, year, the section tree and its items in order.</summary>
public sealed record Outline(string Title, int? Year, IReadOnlyList<ExtractedSection> Sections, IReadOnlyList<OutlineItem> Items);

/// <summary>
/// Reads the outline of a 工作要点 from its lines: the title (the first line, or two when the first has no
/// 要点/计划), sections 一、, sub-sections （一）, items 1. that run until the next label. A label counts only in
/// its sequence (二、 after 一、, 3. after 2.), so a line that happens to start with "3." inside a paragraph stays text.
/// Where a plan writes its tasks as （一）（二） with prose under them and no 1. items, each of them is an item
/// (一.1, 一.2); prose under a section with neither is its item 一.1.
/// </summary>
public static partial class OutlineParser
{
    public static Outline Parse(string text)
    {
        var builder = new Builder(text);
        foreach (var line in TextLines.Split(text))
        {
            var span = line.In(text);
            if (span.IsWhiteSpace() || TextLines.IsPageFooter(span)) continue;
            if (OutlineLabel.Read(span) is { } label && builder.Accepts(label))
                builder.Open(label, line, new TextLine(line.Start + label.TextStart, line.Length - label.TextStart));
            else
                builder.Continue(line);
        }
        return builder.Build();
    }

    /// <summary>The first year written in the title (2014, 二〇一六), else in the lines before the first section.</summary>
    public static int? FindYear(string text)
    {
        foreach (Match m in YearPattern().Matches(text))
        {
            var year = char.IsAsciiDigit(m.Value[0]) ? int.Parse(m.Groups[1].Value) : ChineseNumerals.ParseYear(m.Groups[1].Value);
            if (year is not null) return year;
        }
        return null;
    }

    [GeneratedRegex(@"((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年")]
    private static partial Regex YearPattern();

    private sealed class Node(string code, MappedText title)
    {
        public string Code { get; } = code;
        public MappedText Title { get; } = title;
        public MappedText Body { get; } = new(); // prose under the heading before any numbered item
        public List<(string Code, MappedText Text)> Items { get; } = [];
        public List<Node> Children { get; } = [];
    }

    private sealed class Builder(string text)
    {
        private readonly List<Node> _sections = [];
        private readonly List<string> _preamble = []; // the lines before the first section: title, date, foreword
        private Node? _section, _sub;
        private MappedText? _open; // the title or item text that continuation lines go to
        private bool _inTitle;
        private int _lastTitleLine; // the length of the heading's last line, to tell a wrapped heading
        private const int WrappedLine = 16;

        private Node? Container => _sub ?? _section;

        public bool Accepts(OutlineLabel label) => label.Kind switch
        {
            LabelKind.Section => label.Number == _sections.Count + 1,
            LabelKind.SubSection => _section is not null && label.Number == _section.Children.Count + 1
                && (label.Number > 1 || _section.Items.Count == 0),
            _ => Container is { } c && label.Number == c.Items.Count + 1,
        };

        public void Open(OutlineLabel label, TextLine line, TextLine rest)
        {
            var body = new MappedText();
            body.AppendLine(text, rest.Start, rest.Length);
            switch (label.Kind)
            {
                case LabelKind.Section:
                    _section = new Node(SectionCode(label.Number), body);
                    _sections.Add(_section);
                    _sub = null;
                    _inTitle = true;
                    _lastTitleLine = line.In(text).Trim().Length;
                    break;
                case LabelKind.SubSection:
                    _sub = new Node($"{_section!.Code}({SectionCode(label.Number)})", body);
                    _section.Children.Add(_sub);
                    _inTitle = true;
                    _lastTitleLine = line.In(text).Trim().Length;
                    break;
                default:
                    Container!.Items.Add(($"{Container.Code}.{label.Number}", body));
                    _inTitle = false;
                    break;
            }
            _open = body;
        }

        public void Continue(TextLine line)
        {
            if (_open is null)
            {
                _preamble.Add(line.In(text).ToString().Trim(' ', '\t', '\u3000', '\uFEFF'));
                return;
            }
            // A heading goes on only when its line was full (wrapped), and for a line or two: a short heading, a
            // sentence or a long paragraph after it is the text under it.
            if (_inTitle && (_open.Text.Contains('。') || _lastTitleLine < WrappedLine || _open.Length + line.Length > 60)) _inTitle = false;
            if (_inTitle) _lastTitleLine = line.In(text).Trim().Length;
            var into = _inTitle || Container!.Items.Count > 0 ? _open : Container.Body;
            into.AppendLine(text, line.Start, line.Length);
        }

        public Outline Build()
        {
            var title = TitleOf(_preamble);
            var items = new List<OutlineItem>();
            var sections = _sections.Select(s => ToSection(s, items)).ToList();
            return new Outline(title, FindYear(title) ?? FindYear(string.Join("\n", _preamble)), sections, items);
        }

        /// <summary>The first line is the title; a short second one joins it when only it has 要点/计划 (a title set on two lines).</summary>
        private static string TitleOf(List<string> lines)
        {
            if (lines.Count == 0) return "";
            if (lines.Count > 1 && !IsTitleWord(lines[0]) && IsTitleWord(lines[1]) && lines[1].Length <= 30) return lines[0] + lines[1];
            return lines[0];
        }

        /// <summary>A sub-section that holds prose and no numbered items, or whose heading is a sentence.</summary>
        private static bool IsTask(Node sub) => sub.Items.Count == 0 && (sub.Body.Length > 0 || sub.Title.Text.Contains('。'));

        private static bool IsTitleWord(string line) => line.Contains("要点") || line.Contains("计划") || line.Contains("安排");

        private static ExtractedSection ToSection(Node node, List<OutlineItem> items)
        {
            if (node.Items.Count == 0)
            {
                var tasks = node.Children.Where(IsTask).ToList();
                if (tasks.Count == node.Children.Count && tasks.Count > 0)
                {
                    // （一）…（二）… are the tasks themselves: heading and prose make item 一.1, 一.2.
                    node.Items.AddRange(tasks.Select((t, i) => ($"{node.Code}.{i + 1}", MappedText.Join(t.Title, t.Body))));
                    node.Children.Clear();
                }
                else if (node.Children.Count == 0 && node.Body.Length > 0) node.Items.Add(($"{node.Code}.1", node.Body));
            }
            var own = node.Items.Select(i =>
            {
                items.Add(new OutlineItem(i.Code, i.Text));
                return new ExtractedItem(i.Code, i.Text.Text);
            }).ToList();
            var children = node.Children.Select(c => ToSection(c, items)).ToList();
            return new ExtractedSection(node.Code, node.Title.Text, own, children);
        }

        private static string SectionCode(int number) => number switch
        {
            <= 10 => Digit(number),
            < 20 => "十" + (number == 10 ? "" : Digit(number - 10)),
            _ => Digit(number / 10) + "十" + (number % 10 == 0 ? "" : Digit(number % 10)),
        };

        private static string Digit(int d) => d == 10 ? "十" : "零一二三四五六七八九"[d].ToString();
    }
}
