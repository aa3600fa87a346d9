using Portal.Domain;
using Portal.Plans;
using Portal.Plans.Editing;

namespace Portal.PlanImport;

/// <summary>Runs a <see cref="PlanImportCommand"/>: prepares the database as start-up does, then publishes or replaces the plan.</summary>
public static class PlanImportCommands
{
    public const string By = "命令行导入";

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
            return Fail($"无法读取计划文件“{command.File}”：{e.Message}");
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
            return Fail($"计划文件“{command.File}”有误，未导入：{e.Message}");
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
                var hint = existing is null ? "" : $"如确需用此文件替换 {plan.Year} 年的计划，请加 --replace --reason \"原因\"（已填报的数据会保留）。";
                return Fail($"计划文件“{command.File}”未导入：{e.Message}{hint}");
            }
            Console.WriteLine($"已导入 {plan.Year} 年计划：{PlanPublisher.Summary(plan)}。");
            return 0;
        }
        var outcome = await services.GetRequiredService<PlanEditor>()
            .ApplyAsync(plan.Year, new ReplacePlan(json), existing.Version, command.Reason, Accounts.Acting.SystemActor.Named(By));
        if (!outcome.Ok) return Fail($"计划文件“{command.File}”未导入：{outcome.Error}");
        Console.WriteLine($"已替换 {plan.Year} 年计划（第 {outcome.Version} 版）：{PlanPublisher.Summary(plan)}。已填报的数据保持不变。");
        return 0;
    }

    private static int Fail(string error)
    {
        Console.Error.WriteLine(error);
        return 1;
    }
}
