package ru.opora.identification.engine;

import java.util.List;
import java.util.UUID;

/**
 * What the engine knows of one school in one year.
 *
 * @param selective a lyceum, gymnasium or school with in-depth study: its high results are expected
 * @param adverse the register marks it as working in adverse social conditions (ШНСУ)
 */
public record SchoolYear(UUID schoolId, boolean selective, boolean adverse, List<VprResult> vpr, List<GiaResult> gia) {

    int vprParticipants() {
        return vpr.stream().mapToInt(VprResult::participants).sum();
    }
}
