using System.Globalization;
using Portal.Languages;

namespace Portal.Tests.Languages;

public sealed class IcuCheckTests
{
    [Fact]
    public void Problem_RealChineseCultureData_IsNone() =>
        Assert.Null(IcuCheck.Problem(name => new CultureInfo(name)));

    [Fact]
    public void Problem_ChineseFallsBackToInvariant_ExplainsWhatToInstallInChineseAndEnglish()
    {
        // What InvariantGlobalization with PredefinedCulturesOnly=false gives: a "zh-CN" with invariant data.
        var problem = IcuCheck.Problem(_ => CultureInfo.InvariantCulture);
        Assert.NotNull(problem);
        Assert.Contains("本机缺少 ICU", problem);
        Assert.Contains("This host lacks ICU", problem);
        Assert.Contains("libicu", problem);
        Assert.Contains("InvariantGlobalization", problem);
    }

    [Fact]
    public void Problem_ChineseCannotBeCreated_SaysSoWithTheReason()
    {
        var problem = IcuCheck.Problem(name => throw new CultureNotFoundException("name", name, "Only the invariant culture is supported in globalization-invariant mode."));
        Assert.NotNull(problem);
        Assert.Contains("globalization-invariant mode", problem);
        Assert.Contains("apt-get install libicu", problem);
    }
}
