using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts.Acting;
using Portal.Accounts.Tokens;
using Portal.Tests.Support.Reporting;

namespace Portal.Tests.Accounts;

/// <summary>
/// An API token belongs to its owner's library (ADR 039): made by `token create` (which runs in the province's scope)
/// for a county's account, it writes that county's figures at the county's address.
/// </summary>
public sealed class LibraryTokenTests : IAsyncLifetime
{
    private ChainProvince _province = null!;

    public async Task InitializeAsync() => _province = await ChainProvince.StartAsync();

    public async Task DisposeAsync() => await _province.DisposeAsync();

    [Fact]
    public async Task ApiToken_MadeInTheProvincesScopeForACountyAccount_WritesAtTheCountysAddress()
    {
        await using var scope = _province.Portal.Services.CreateAsyncScope(); // no address: the default library, as the command runs
        var token = await scope.ServiceProvider.GetRequiredService<TokenService>().CreateApiTokenAsync("xh.admin", "ILS", SystemActor.Named("命令行"));
        using var client = _province.Portal.CreateClient();
        using var put = new HttpRequestMessage(HttpMethod.Put, "/l/xh-lib/api/plans/2013/figures/lending.loans/lending/4")
        {
            Content = JsonContent.Create(new { value = 31_250 }),
        };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token!.Secret);

        using var response = await client.SendAsync(put);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
