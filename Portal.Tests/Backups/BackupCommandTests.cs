using Portal.Backups;
using Portal.Hosting;

namespace Portal.Tests.Backups;

/// <summary>The one-word backup commands find their words as the two-word commands do, and say what is missing.</summary>
public sealed class BackupCommandTests
{
    [Fact]
    public void VerbFirst_BackupAfterConfigurationOptions_IsTheSameCommand() =>
        Assert.Equal(["backup", "b.dump", "--Database:Provider", "postgres"], CommandLine.VerbFirst(["--Database:Provider", "postgres", "backup", "b.dump"]));

    [Fact]
    public void VerbFirst_AVerbAsAUserNameOrAnOptionsValue_IsNoCommand()
    {
        Assert.Equal(["user", "add", "backup", "--role", "Staff"], CommandLine.VerbFirst(["user", "add", "backup", "--role", "Staff"]));
        Assert.Equal(["--Portal:InstanceName", "export"], CommandLine.VerbFirst(["--Portal:InstanceName", "export"]));
        Assert.Equal(["plan", "import", "p.json"], CommandLine.VerbFirst(["plan", "import", "p.json"]));
    }

    [Fact]
    public void Parse_FileOptionalForBackupAndExport_RequiredForRestoreAndImport()
    {
        var (rest, backup, _) = BackupCommand.Parse(["backup", "--urls", "x"]);
        Assert.Equal(new BackupCommand("backup", null), backup);
        Assert.Equal(["--urls", "x"], rest);
        Assert.Equal(new BackupCommand("restore", "a.db"), BackupCommand.Parse(["restore", "a.db"]).Command);
        Assert.Equal("用法：restore 备份文件（见 --help）", BackupCommand.Parse(["restore"]).Error);
        Assert.Equal("用法：import 导出文件.zip（见 --help）", BackupCommand.Parse(["import", "--x"]).Error);
    }
}
