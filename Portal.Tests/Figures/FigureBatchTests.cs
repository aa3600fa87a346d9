using Portal.Data.Entities;
using Portal.Figures;
using Portal.Domain.Figures;

namespace Portal.Tests.Figures;

/// <summary>What a save does to each cell, decided against the stored figures before anything is written.</summary>
public sealed class FigureBatchTests
{
    private static readonly DateTimeOffset At = new(2013, 11, 4, 2, 30, 0, TimeSpan.Zero);

    private static FigureRecord Stored(string kpi, int month, double value, int version, string? note = null) => new()
    {
        Year = 2013, Kpi = kpi, Division = "reader-services", Month = month, Value = value, Note = note, Version = version,
        UpdatedAt = At.AddDays(-3), UpdatedBy = "王敏",
    };

    private static FigureBatch Stage(FigureRecord[] stored, params FigureWrite[] writes) =>
        FigureBatch.Stage(2013, writes, stored.ToDictionary(f => new FigureCell(f.Kpi, f.Division, f.Month)), "张敏", At);

    [Fact]
    public void Stage_NewFigure_IsACreateAtVersionOne()
    {
        var batch = Stage([], new FigureWrite("circulation.loans", "reader-services", 10, 58_936, "含流动站", 0));

        var staged = Assert.Single(batch.Staged);
        Assert.Equal((AuditAction.Create, 58_936d, (double?)null), (staged.Action, staged.Change.Value!.Value, staged.Change.Previous));
        var saved = Assert.Single(batch.Saved);
        Assert.Equal((1, "张敏", At, "含流动站"), (saved.Version, saved.UpdatedBy, saved.UpdatedAt, saved.Note));
    }

    [Fact]
    public void Stage_ChangedValue_IsAnUpdateFromTheStoredValueAndBumpsTheVersion()
    {
        var batch = Stage([Stored("circulation.loans", 10, 58_936, 3)], new FigureWrite("circulation.loans", "reader-services", 10, 59_140, null, 3));

        var staged = Assert.Single(batch.Staged);
        Assert.Equal((AuditAction.Update, 59_140d, (double?)58_936), (staged.Action, staged.Change.Value!.Value, staged.Change.Previous));
        Assert.Equal(4, Assert.Single(batch.Saved).Version);
    }

    [Fact]
    public void Stage_StaleVersion_IsAConflictWithTheStoredFigure_AndWritesNothingForThatCell()
    {
        var stored = Stored("circulation.loans", 10, 59_140, 4, "王敏核对后修改");

        var batch = Stage([stored],
            new FigureWrite("circulation.loans", "reader-services", 10, 60_000, null, 3),
            new FigureWrite("readers.new-cards", "reader-services", 10, 1_767, null, 0));

        var conflict = Assert.Single(batch.Conflicts);
        Assert.Equal((59_140d, 4, "王敏", "王敏核对后修改"), (conflict.CurrentValue!.Value, conflict.CurrentVersion, conflict.By, conflict.Note));
        Assert.Equal("readers.new-cards", Assert.Single(batch.Staged).Write.Kpi);
    }

    [Fact]
    public void Stage_SameValueAndNote_IsSkipped_ButReturnedAsStored()
    {
        var stored = Stored("circulation.loans", 10, 58_936, 3, "含流动站");

        var batch = Stage([stored], new FigureWrite("circulation.loans", "reader-services", 10, 58_936, "含流动站", null));

        Assert.Empty(batch.Staged);
        Assert.Same(stored, Assert.Single(batch.Saved));
    }

    [Fact]
    public void Stage_SameValueNewNote_IsAnUpdate()
    {
        var batch = Stage([Stored("circulation.loans", 10, 58_936, 3)], new FigureWrite("circulation.loans", "reader-services", 10, 58_936, "补充说明", null));

        Assert.Equal(AuditAction.Update, Assert.Single(batch.Staged).Action);
    }

    [Fact]
    public void Stage_DeleteOfAStoredFigure_IsADeleteWithTheOldValue_AndLeavesNothingSaved()
    {
        var batch = Stage([Stored("circulation.loans", 10, 58_936, 3)], new FigureWrite("circulation.loans", "reader-services", 10, null, null, 3));

        var staged = Assert.Single(batch.Staged);
        Assert.Equal((AuditAction.Delete, (double?)null, (double?)58_936), (staged.Action, staged.Change.Value, staged.Change.Previous));
        Assert.Empty(batch.Saved);
    }

    [Fact]
    public void Stage_DeleteOfAMissingFigure_DoesNothing()
    {
        var batch = Stage([], new FigureWrite("circulation.loans", "reader-services", 10, null, null, 0));

        Assert.Empty(batch.Staged);
        Assert.Empty(batch.Conflicts);
    }
}
