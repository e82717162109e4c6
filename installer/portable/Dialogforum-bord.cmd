@echo off
rem Starts Dialogforum as a table laptop, from this folder, with nothing installed.
call "%~dp0Dialogforum.cmd" --table %*
