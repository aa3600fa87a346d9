using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class PlanDraftConfiguration : IEntityTypeConfiguration<PlanDraftRecord>
{
    public void Configure(EntityTypeBuilder<PlanDraftRecord> b)
    {
        b.ToTable("PlanDrafts");
        b.Property(d => d.FileName).HasMaxLength(260);
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.CreatedBy).HasMaxLength(100);
        b.Property(d => d.UpdatedBy).HasMaxLength(100);
        b.Property(d => d.LastChange).HasMaxLength(500);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Property(d => d.CreatedAt).HasConversion(UtcTicks.Converter);
        b.Property(d => d.UpdatedAt).HasConversion(UtcTicks.Converter);
    }
}
