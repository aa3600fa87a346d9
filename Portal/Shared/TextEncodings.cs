using System.Text;
using System.Text.Unicode;

namespace Portal.Shared;

/// <summary>
/// How the portal decodes text files people bring (figure CSVs, plan documents): valid UTF-8, with or without a
/// BOM, is UTF-8; anything else is taken for GB18030. A GBK file of Chinese text is almost never valid UTF-8, while
/// the reverse guess would garble every UTF-8 file.
/// </summary>
public static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, a superset of GBK: what Excel and Notepad write on Chinese Windows.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>The encoding of <paramref name="bytes"/>: null for UTF-8 (the readers' default), else GB18030.</summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) ? null : Gb18030;

    /// <summary>The text of a file: UTF-16 by its BOM, UTF-8 (BOM dropped) when valid, else GB18030.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        return (Detect(bytes) ?? Encoding.UTF8).GetString(bytes);
    }
}
