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

    /// <summary>An event raised on someone else's request (a Chinese team lead submitting a month) reaches an English reader's page.</summary>
    [Fact]
    public async Task Around_CalledFromAThreadInAnotherCulture_RunsInTheCapturedCulture()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var reader = new CircuitCulture();
        string? seen = null;

        await Task.Run(async () =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            await reader.Around(() =>
            {
                seen = $"{CultureInfo.CurrentCulture.Name}/{CultureInfo.CurrentUICulture.Name}";
                return Task.CompletedTask;
            })();
        });

        Assert.Equal("en/en", seen);
    }
}
