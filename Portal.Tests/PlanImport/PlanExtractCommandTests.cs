using System.Text;
using System.Text.Json;
using Portal.PlanImport;
using Portal.Tests.Support;

namespace Portal.Tests.PlanImport;

/// <summary>`plan extract FILE [-o OUT]`: JSON of the exact contract on stdout, Chinese errors on stderr with a non-zero exit.</summary>
public sealed class PlanExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plan-extract-").FullName;
    private readonly StringWriter _out = new(), _error = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private int? Run(params string[] args) => PlanExtractCommand.TryRun(args, _out, _error);

    [Fact]
    public void TryRun_OtherCommand_ReturnsNull()
    {
        Assert.Null(Run("user", "add", "zhang"));
        Assert.Null(Run("--demo"));
        Assert.Null(Run("plan", "import", "plan.json"));
    }

    [Fact]
    public void TryRun_Seed_PrintsTheContractJson()
    {
        Assert.Equal(0, Run("plan", "extract", RepoPaths.Seed("zhejiang-library-2013-work-plan.txt")));
        using var json = JsonDocument.Parse(_out.ToString());
        var root = json.RootElement;
        Assert.Equal(["title", "year", "sections", "targets"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2013, root.GetProperty("year").GetInt32());
        var first = root.GetProperty("targets")[0];
        Assert.Equal(["item", "quote", "value", "unit", "qualifier", "min", "period", "aggregation", "name"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1800种", first.GetProperty("quote").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("min").ValueKind);
        Assert.Contains("浙江图书馆", _out.ToString()); // Chinese written as itself, not as \u escapes
        Assert.DoesNotContain("\\u", _out.ToString());
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public void TryRun_OutputFile_WritesTheJsonThere()
    {
        var output = Path.Combine(_folder, "plan.json");
        Assert.Equal(0, Run("plan", "extract", RepoPaths.Seed("zhejiang-library-2013-work-plan.txt"), "-o", output));
        Assert.Equal(23, JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("targets").GetArrayLength());
        Assert.Equal("", _out.ToString());
    }

    [Fact]
    public void TryRun_MissingFile_FailsWithAChineseMessage()
    {
        Assert.Equal(1, Run("plan", "extract", Path.Combine(_folder, "nope.docx")));
        Assert.Contains("找不到文件", _error.ToString());
        Assert.Equal("", _out.ToString());
    }

    [Fact]
    public void TryRun_BrokenDocx_FailsWithWhatToDo()
    {
        var path = Path.Combine(_folder, "plan.docx");
        File.WriteAllText(path, "not a docx", Encoding.UTF8);
        Assert.Equal(1, Run("plan", "extract", path));
        Assert.Contains("另存为 .docx", _error.ToString());
    }

    [Fact]
    public void TryRun_NoFile_PrintsUsage()
    {
        Assert.Equal(2, Run("plan", "extract"));
        Assert.Contains("用法", _error.ToString());
    }
}
