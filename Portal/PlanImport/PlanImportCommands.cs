using Portal.Domain;
using Portal.Domain.Localization;
using Portal.Hosting;
using Portal.Live;
using Portal.Plans;
using Portal.Plans.Editing;

namespace Portal.PlanImport;

/// <summary>Runs a <see cref="PlanImportCommand"/>: prepares the database as start-up does, then publishes or replaces the plan.</summary>
public static class PlanImportCommands
{
    public static string By => PlanMessages.Text.Get("Cli.By", TextResource.Chinese);

    /// <param name="initialize">Start-up's migrations and loading, from the composition root (the commands do not depend on it).</param>
    public static async Task<int> RunAsync(WebApplication app, PlanImportCommand command, Func<Task> initialize)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(command.File);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(PlanMessages.Text.Format("Cli.Unreadable", command.File, e.Message));
        }
        await initialize();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Domain.Plans.Plan plan;
        try
        {
            plan = Domain.Plans.PlanFile.Parse(json);
        }
        catch (DomainException e)
        {
            return Fail(PlanMessages.Text.Format("Cli.Invalid", command.File, e.Message));
        }
        var store = services.GetRequiredService<PlanStore>();
        var existing = store.Find(plan.Year);
        if (existing is null || !command.Replace)
        {
            try
            {
                await services.GetRequiredService<PlanPublisher>().PublishAsync(json, Accounts.Acting.SystemActor.Named(By), CancellationToken.None);
            }
            catch (DomainException e)
            {
                var hint = existing is null ? "" : PlanMessages.Text.Format("Cli.ReplaceHint", plan.Year);
                return Fail(PlanMessages.Text.Format("Cli.NotImported", command.File, e.Message + hint));
            }
            Console.WriteLine(PlanMessages.Text.Format("Cli.Imported", plan.Year, PlanPublisher.Summary(plan)));
            return 0;
        }
        var outcome = await services.GetRequiredService<PlanEditor>()
            .ApplyAsync(plan.Year, new ReplacePlan(json), existing.Version, command.Reason, Accounts.Acting.SystemActor.Named(By));
        if (!outcome.Ok) return Fail(PlanMessages.Text.Format("Cli.NotImported", command.File, outcome.Error));
        Console.WriteLine(PlanMessages.Text.Format("Cli.Replaced", plan.Year, outcome.Version, PlanPublisher.Summary(plan)));
        return 0;
    }

    private static int Fail(string error)
    {
        Console.Error.WriteLine(error);
        return 1;
    }
}
