using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Data;
using Portal.Tests.Support;
using static Portal.Tests.Support.Reporting.ReminderHost;

namespace Portal.Tests.Reporting;

/// <summary>The hosted reminder service itself: it runs at start-up and then on every tick of the portal's clock.</summary>
public sealed class ReminderServiceTests
{
    [Fact]
    public async Task ReminderService_OnFakeTime_ClaimsAtStartAndAtTheNextMoment()
    {
        var clock = new FakeTimeProvider(ThreeDaysBeforeMarch);
        using var host = Create(clock, smtpPort: null,
            new Dictionary<string, string?> { ["Portal:Reporting:RemindersEnabled"] = "true" });

        await WaitForClaimsAsync(host, 13); // the first run, at start-up: three days before March's deadline

        clock.SetUtcNow(new DateTimeOffset(2013, 4, 5, 8, 59, 0, TimeSpan.FromHours(8)));
        clock.Advance(TimeSpan.FromMinutes(1)); // 09:00 on the deadline day: the timer ticks on the portal's clock
        await WaitForClaimsAsync(host, 26);

        Assert.Equal(13, await ClaimsAsync(host, "due"));
    }

    private static async Task<int> ClaimsAsync(PortalFactory host, string? moment = null)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ReminderClaims.CountAsync(c => moment == null || c.Moment == moment);
    }

    /// <summary>The service runs on its own task: wait (bounded) for the claims it writes.</summary>
    private static async Task WaitForClaimsAsync(PortalFactory host, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (await ClaimsAsync(host) < count)
        {
            Assert.True(DateTime.UtcNow < until, $"the reminder service did not reach {count} claims");
            await Task.Delay(50);
        }
        Assert.Equal(count, await ClaimsAsync(host));
    }
}
