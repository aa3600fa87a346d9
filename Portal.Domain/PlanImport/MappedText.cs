using System.Text;

namespace Portal.Domain.PlanImport;

/// <summary>
/// A paragraph joined from the lines it was broken into (PDF and text exports break lines anywhere, even inside a
/// number), with, for every character, where it stands in the source text, so that a match in the joined text can be
/// quoted exactly from the source.
/// </summary>
public sealed class MappedText
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];

    private string? _joined;

    public string Text => _joined ??= _text.ToString();

    public int Length => _text.Length;

    /// <summary>Appends source[start..start+length) as the next line of the paragraph (trimmed of spaces at its ends).</summary>
    public void AppendLine(string source, int start, int length)
    {
        var end = start + length;
        while (start < end && IsBlank(source[start])) start++;
        while (end > start && IsBlank(source[end - 1])) end--;
        if (start == end) return;
        _joined = null;
        // Chinese lines join with nothing between them; two Latin words broken across lines get their space back.
        if (_text.Length > 0 && IsLatinLetter(_text[^1]) && IsLatinLetter(source[start]))
        {
            _text.Append(' ');
            _offsets.Add(_offsets[^1] + 1);
        }
        for (var i = start; i < end; i++)
        {
            _text.Append(source[i]);
            _offsets.Add(i);
        }
    }

    /// <summary>A paragraph made of <paramref name="parts"/> one after the other (a heading and the text under it).</summary>
    public static MappedText Join(params MappedText[] parts)
    {
        var joined = new MappedText();
        foreach (var part in parts)
        {
            joined._text.Append(part._text);
            joined._offsets.AddRange(part._offsets);
        }
        return joined;
    }

    /// <summary>The joined characters [start, end) with their places in the source.</summary>
    public MappedText Slice(int start, int end)
    {
        var slice = new MappedText();
        slice._text.Append(_text, start, end - start);
        slice._offsets.AddRange(_offsets.GetRange(start, end - start));
        return slice;
    }

    /// <summary>Where the joined character at <paramref name="index"/> stands in the source.</summary>
    public int SourceOffset(int index) => _offsets[index];

    /// <summary>The exact source text under joined characters [start, end): line breaks and page footers included.</summary>
    public (int Offset, string Quote) Quote(string source, int start, int end)
    {
        var from = _offsets[start];
        var to = _offsets[end - 1] + 1;
        return (from, source[from..to]);
    }

    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    private static bool IsLatinLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';
}
