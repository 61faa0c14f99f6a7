// The Tab-completion scripts printed by `fourpoint completion <shell>`. Each hands the words typed so far
// (the last one being completed, maybe empty) to `fourpoint __complete -- ...`, which prints one
// candidate a line, "value<TAB>description", or the single line __files__ when a file name is wanted.
// Candidates are never run or evaluated by the shell, only offered.

const bash = `# fourpoint Tab completion for bash. Enable it with this line in ~/.bashrc:
#   eval "$(fourpoint completion bash)"
_fourpoint() {
  local line
  COMPREPLY=()
  while IFS= read -r line; do
    [[ -n $line ]] && COMPREPLY+=("\${line%%$'\\t'*}")
  done < <(fourpoint __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  if [[ \${#COMPREPLY[@]} -eq 1 && \${COMPREPLY[0]} == __files__ ]]; then
    COMPREPLY=()
    compopt -o default 2>/dev/null
  fi
  return 0
}
complete -F _fourpoint fourpoint
`;

const zsh = `#compdef fourpoint
# fourpoint Tab completion for zsh. Enable it with this line in ~/.zshrc (after compinit):
#   source <(fourpoint completion zsh)
_fourpoint() {
  local -a lines candidates
  local line
  lines=("\${(@f)$(fourpoint __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ \${lines[1]} == __files__ ]]; then
    _files
    return
  fi
  for line in "\${lines[@]}"; do
    [[ -z $line ]] && continue
    if [[ $line == *$'\\t'* ]]; then
      candidates+=("\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}")
    else
      candidates+=("\${line//:/\\\\:}")
    fi
  done
  (( \${#candidates} )) && _describe -t fourpoint fourpoint candidates
}
if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  _fourpoint "$@"
else
  compdef _fourpoint fourpoint
fi
`;

const fish = `# fourpoint Tab completion for fish. Enable it with:
#   fourpoint completion fish > ~/.config/fish/completions/fourpoint.fish
function __fourpoint_complete
    set -l typed (commandline -opc)
    set -l out (fourpoint __complete -- $typed[2..-1] (commandline -ct) 2>/dev/null)
    if test "$out[1]" = __files__
        __fish_complete_path (commandline -ct)
        return
    end
    printf '%s\\n' $out
end
complete -c fourpoint -f -a '(__fourpoint_complete)'
`;

/** The script for one of SHELLS (src/cli/register/completion.ts); commander has checked the name. */
export function completionScript(shell: string): string {
  return ({ bash, zsh, fish } as Record<string, string>)[shell] ?? '';
}
