namespace Portal.Domain.Figures;

/// <summary>
/// What a figure's note may hold: text with line breaks and tabs, but no invisible control characters (they corrupt
/// exports and displays) and no half of a Unicode character (a lone surrogate, which no file or database can store).
/// </summary>
public static class FigureNote
{
    public static string? Require(string? note)
    {
        if (note is null) return null;
        for (var i = 0; i < note.Length; i++)
        {
            var c = note[i];
            if (char.IsHighSurrogate(c) && i + 1 < note.Length && char.IsLowSurrogate(note[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
                throw new DomainException($"备注第 {i + 1} 个字符是不完整的 Unicode 字符（U+{(int)c:X4}），常见于复制时被截断的表情或生僻字。请删除或重新输入后再保存。", "note");
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                throw new DomainException($"备注第 {i + 1} 个字符是不可见的控制字符（U+{(int)c:X4}），请删除后再保存；换行和制表符可以保留。", "note");
        }
        return note;
    }
}
