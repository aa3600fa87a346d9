using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class FigureRecordConfiguration : IEntityTypeConfiguration<FigureRecord>
{
    public void Configure(EntityTypeBuilder<FigureRecord> b)
    {
        b.ToTable("Figures");
        b.HasIndex(f => new { f.LibraryId, f.Year, f.Kpi, f.Division, f.Month }).IsUnique();
        b.Property(f => f.Kpi).HasMaxLength(100);
        b.Property(f => f.Division).HasMaxLength(100);
        b.Property(f => f.Note).HasMaxLength(FigureLimits.NoteLength);
        b.Property(f => f.UpdatedBy).HasMaxLength(100);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.Property(f => f.UpdatedAt).HasConversion(UtcTicks.Converter);
    }
}
