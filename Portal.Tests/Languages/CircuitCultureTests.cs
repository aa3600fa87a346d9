using System.Globalization;
using Portal.Languages;

namespace Portal.Tests.Languages;

public sealed class CircuitCultureTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    /// <summary>A push made on someone else's request (a Chinese team lead submitting a month) renders in an English reader's culture.</summary>
    [Fact]
    public async Task Apply_OnAThreadInAnotherCulture_RunsInTheCapturedCulture()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var reader = new CircuitCulture();
        string? seen = null;

        await Task.Run(async () =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            await Task.Yield();
            reader.Apply();
            seen = $"{CultureInfo.CurrentCulture.Name}/{CultureInfo.CurrentUICulture.Name}";
        });

        Assert.Equal("en/en", seen);
    }
}
