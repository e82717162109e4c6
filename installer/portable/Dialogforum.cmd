@echo off
rem Starts Dialogforum from this folder, with nothing installed. Arguments are passed on: --table
rem starts a table laptop, --lang en the English program, "export MEETING --pdf OUT.pdf" the minutes.
rem It uses the Java runtime in runtime\win\ when the folder has one, else a Java 17 or newer from
rem JAVA_HOME or the PATH (an unpacked JDK will do).
setlocal
set "HERE=%~dp0"
rem The commands that write files and end run with the serial collector, as the installed command-line
rem launcher does (the serial collector, the quick compiler only): see installer/linux/Dialogforum-cli.properties.
set "GC="
if /i "%~1"=="export" set "GC=-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
if /i "%~1"=="worksheets" set "GC=-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
if exist "%HERE%runtime\win\bin\java.exe" (
  "%HERE%runtime\win\bin\java.exe" %GC% -cp "%HERE%lib\*" dk.dialogforum.app.Main %*
  exit /b %ERRORLEVEL%
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo Dialogforum kraever Java 17 eller nyere ^(JAVA_HOME eller PATH^).
  echo Dialogforum needs Java 17 or newer ^(JAVA_HOME or PATH^).
  pause
  exit /b 1
)
"%JAVA%" %GC% --module-path "%HERE%lib\javafx\win" --add-modules javafx.controls -cp "%HERE%lib\*" dk.dialogforum.app.Main %*
if errorlevel 1 pause
exit /b %ERRORLEVEL%
