package org.uca.application.port.in;

import io.vavr.control.Either;
import org.uca.application.port.in.ImportResidentsUseCase.Report;
import org.uca.application.port.in.ImportResidentsUseCase.ResidentFile;
import org.uca.domain.people.StaffId;

/**
 * The same import, run by whoever operates the server ({@code uca.jar admin import-residents}): someone who can
 * start UCA on its database already holds everything in it, so no member of staff is asked for; the import is
 * audited as {@link #COMMAND_LINE}.
 */
public interface ImportResidentsAtTheConsoleUseCase {

    StaffId COMMAND_LINE = new StaffId(AccountRecoveryUseCase.BY); // one name for every command-line change

    Either<Failure, Report> importAtTheConsole(ResidentFile file, boolean apply);
}
